package io.github.learningcities.gnlc.network;

import io.github.learningcities.gnlc.ErrorCode;
import io.github.learningcities.gnlc.GnlcException;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where a network snapshot's member list comes from, so that a decision can name it: gnlc's
 * embedded data (its version date and the SHA-256 of its files), a file a user loaded (its name and
 * the SHA-256 of its bytes), or a list built in code.
 *
 * <p>The SHA-256 of the embedded data is the digest of the {@code sha256sum} listing of its network
 * files, as {@code DATA-README.md} explains, computed from the files when first needed.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class NetworkSource {
  /** The name of a list built in code. */
  static final String IN_CODE = "built in code";
  /** The name of the embedded data. */
  static final String EMBEDDED = "gnlc embedded data";

  NetworkSource() {}

  /**
   * Returns a name for the list: {@code gnlc embedded data}, the file name as given, or
   * {@code built in code}.
   *
   * @return the name, never null
   */
  public abstract String name();

  /**
   * Returns the version date of gnlc's embedded data: the day of the last pass over its sources.
   *
   * @return the date, or empty for other lists
   */
  public abstract Optional<LocalDate> version();

  /**
   * Returns the SHA-256 of the list's file or files, as 64 lower-case hexadecimal digits.
   *
   * @return the digest, or empty for a list built in code
   */
  public abstract Optional<String> sha256();

  /**
   * Returns the source of gnlc's embedded data.
   *
   * @param version  the version date, not null
   * @param sha256  the SHA-256 of the data files, not null
   * @return the source, never null
   * @throws NullPointerException if an argument is null
   * @throws GnlcException with {@link ErrorCode#INVALID_VALUE} if the digest is not 64
   *     lower-case hexadecimal digits
   */
  static NetworkSource embedded(LocalDate version, String sha256) {
    return builder().name(EMBEDDED).version(version).sha256(sha256).build();
  }

  /**
   * Returns the source of a member list read from a file.
   *
   * @param name  the file name as the user gave it, not null, not blank
   * @param sha256  the SHA-256 of the file's bytes, 64 lower-case hexadecimal digits, not null
   * @return the source, never null
   * @throws NullPointerException if an argument is null
   * @throws GnlcException with {@link ErrorCode#INVALID_VALUE} if the name is blank or the digest
   *     malformed
   */
  public static NetworkSource file(String name, String sha256) {
    return builder().name(name).sha256(sha256).build();
  }

  /**
   * Returns a new builder, for readers of serialized decisions; {@code name} is required.
   *
   * @return the builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link NetworkSource}; not thread-safe. */
  public static final class Builder extends ImmutableNetworkSource.Builder {
    Builder() {}
  }

  /**
   * Returns the source of a list built in code, the default of {@link Network#builder()}.
   *
   * @return the source, never null
   */
  public static NetworkSource inCode() {
    return builder().name(IN_CODE).build();
  }

  /**
   * Tells whether this is gnlc's embedded data.
   *
   * @return true for the embedded data
   */
  public boolean isEmbedded() {
    return version().isPresent();
  }

  @Value.Check
  void check() {
    if (name().isBlank() || name().indexOf('\n') >= 0 || name().indexOf('\r') >= 0) {
      throw new GnlcException(ErrorCode.INVALID_VALUE, "name", name(), "must be one line, not blank");
    }
    if (version().isPresent() && sha256().isEmpty()) {
      throw new GnlcException(
          ErrorCode.MISSING_VALUE, "sha256", "", "is required with a version");
    }
    if (sha256().isPresent()) {
      String digest = sha256().get();
      boolean hex = digest.length() == 64;
      for (int i = 0; hex && i < digest.length(); i++) {
        char c = digest.charAt(i);
        hex = c >= '0' && c <= '9' || c >= 'a' && c <= 'f';
      }
      if (!hex) {
        throw new GnlcException(
            ErrorCode.INVALID_VALUE, "sha256", digest, "is not 64 lower-case hexadecimal digits");
      }
    }
  }

  /**
   * Returns a readable form, such as {@code gnlc embedded data 2026-11-30 (sha256 9f2c...)} or
   * {@code members.tsv (sha256 ...)}.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    return name() + version().map(v -> " " + v).orElse("")
        + sha256().map(d -> " (sha256 " + d + ")").orElse("");
  }
}
