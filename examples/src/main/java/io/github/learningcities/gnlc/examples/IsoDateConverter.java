package io.github.learningcities.gnlc.examples;

import io.github.learningcities.gnlc.GnlcException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads an option's ISO date ({@code YYYY-MM-DD}), quoting the rejected text. */
public final class IsoDateConverter implements ITypeConverter<LocalDate> {
  @Override
  public LocalDate convert(String value) {
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new TypeConversionException(GnlcException.quote(value) + " is not a date YYYY-MM-DD");
    }
  }
}
