package io.github.learningcities.gnlc.json.jackson2;

import io.github.learningcities.gnlc.eligibility.Decision;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import tools.jackson.core.JacksonException;

/**
 * gnlc-json's facade {@code GnlcJson} (Jackson 3), the reference the corpus compares with, called
 * by name: its package {@code io.github.learningcities.gnlc.json} is a parent folder of this
 * module's package, so javac, which compiles these tests into this module, cannot see it in the
 * unnamed module. The tests run on the class path, where the calls are plain calls.
 */
final class Jackson3 {
  private static final Class<?> FACADE = type("io.github.learningcities.gnlc.json.GnlcJson");

  private Jackson3() {}

  /** Returns a class of gnlc-json by its name in that package. */
  static Class<?> type(String name) {
    try {
      return Class.forName(name.contains(".") ? name : "io.github.learningcities.gnlc.json." + name);
    } catch (ClassNotFoundException e) {
      throw new AssertionError(e);
    }
  }

  /** Calls a static method of {@code GnlcJson}, rethrowing what it throws. */
  @SuppressWarnings("unchecked")
  static <T> T call(String method, Object... args) {
    Method m = Arrays.stream(FACADE.getMethods())
        .filter(x -> x.getName().equals(method) && x.getParameterCount() == args.length)
        .filter(x -> matches(x.getParameterTypes(), args))
        .findFirst().orElseThrow(() -> new AssertionError("no GnlcJson." + method));
    try {
      return (T) m.invoke(null, args);
    } catch (InvocationTargetException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException) {
        throw (RuntimeException) cause;
      }
      throw new AssertionError(cause);
    } catch (IllegalAccessException e) {
      throw new AssertionError(e);
    }
  }

  private static boolean matches(Class<?>[] types, Object[] args) {
    for (int i = 0; i < types.length; i++) {
      if (!types[i].isInstance(args[i])) {
        return false;
      }
    }
    return true;
  }

  static Object read(Object in, Class<?> type) {
    return call("read", in, type);
  }

  static String write(Object value) {
    return call("write", value);
  }

  static String write(Decision decision, Locale locale) {
    return call("write", decision, locale);
  }

  static String writeDecisions(List<Decision> decisions, Locale locale) {
    return call("writeDecisions", decisions, locale);
  }

  static String jsonPointer(JacksonException e) {
    return call("jsonPointer", e);
  }

  static String problem(JacksonException e) {
    return call("problem", e);
  }

  static java.net.URL schema(String type) {
    return call("schema", type);
  }
}
