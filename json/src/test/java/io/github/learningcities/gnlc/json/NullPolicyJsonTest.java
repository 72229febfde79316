package io.github.learningcities.gnlc.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.learningcities.gnlc.eligibility.Decision;
import io.github.learningcities.gnlc.eligibility.RuleSetCatalogue;
import io.github.learningcities.gnlc.network.Network;
import io.github.learningcities.gnlc.sdg.SdgCatalogue;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;

/** The facade follows core's null policy: a null argument throws a NullPointerException. */
class NullPolicyJsonTest {
  private static final Map<Class<?>, Supplier<Object>> SAMPLES = Map.ofEntries(
      Map.entry(String.class, () -> "{}"),
      Map.entry(InputStream.class, () -> new ByteArrayInputStream(new byte[] {'{', '}'})),
      Map.entry(OutputStream.class, ByteArrayOutputStream::new),
      Map.entry(Path.class, () -> Path.of("none.json")),
      Map.entry(Class.class, () -> Network.class),
      Map.entry(Object.class, Network::embedded),
      Map.entry(Network.class, Network::embedded),
      Map.entry(Locale.class, () -> Locale.ENGLISH),
      Map.entry(Decision.class, () -> EligibilityFixtures.UNDETERMINED),
      Map.entry(List.class, List::of),
      Map.entry(Collection.class, List::of),
      Map.entry(RuleSetCatalogue.class, RuleSetCatalogue::standard),
      Map.entry(SdgCatalogue.class, SdgCatalogue::standard),
      Map.entry(io.github.learningcities.gnlc.eligibility.Application.class,
          () -> EligibilityFixtures.MEMBERSHIP),
      Map.entry(JacksonException.class,
          () -> tools.jackson.databind.exc.MismatchedInputException.from(null, Network.class, "x")));

  @Test
  void everyFacadeMethodThrowsNullPointerExceptionForANullArgument() throws Exception {
    List<String> problems = new ArrayList<>();
    int checked = 0;
    for (Method method : GnlcJson.class.getMethods()) {
      if (method.getDeclaringClass() != GnlcJson.class || !Modifier.isStatic(method.getModifiers())) {
        continue;
      }
      Class<?>[] types = method.getParameterTypes();
      for (int i = 0; i < types.length; i++) {
        Object[] arguments = new Object[types.length];
        for (int k = 0; k < types.length; k++) {
          if (k != i) {
            Supplier<Object> sample = SAMPLES.get(types[k]);
            assertThat(sample).as("sample for %s", types[k]).isNotNull();
            arguments[k] = sample.get();
          }
        }
        Throwable thrown = null;
        try {
          method.invoke(null, arguments);
        } catch (InvocationTargetException e) {
          thrown = e.getCause();
        }
        checked++;
        if (!(thrown instanceof NullPointerException)) {
          problems.add(method + " argument " + i + ": " + thrown);
        }
      }
    }
    assertThat(problems).isEmpty();
    assertThat(checked).isGreaterThan(40);
  }
}
