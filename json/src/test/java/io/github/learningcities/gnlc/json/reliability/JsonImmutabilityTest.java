package io.github.learningcities.gnlc.json.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.learningcities.gnlc.json.GnlcJson;
import io.github.learningcities.gnlc.json.GnlcModule;
import io.github.learningcities.gnlc.json.NetworkSummary;
import io.github.learningcities.gnlc.json.SdgLinksDocument;
import io.github.learningcities.gnlc.network.Network;
import io.github.learningcities.gnlc.sdg.SdgCatalogue;
import io.github.learningcities.gnlc.sdg.SdgLinks;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Issue 7, immutability of the json module, as core's ImmutabilityTest does it: every public
 * type has no public non-final field and no setter, no (de)serializer or generated class is
 * public or returned, and no value the module returns or reads lets a collection be mutated.
 */
class JsonImmutabilityTest {
  private static final String BASE = "io.github.learningcities.gnlc";
  private static final String PACKAGE = BASE + ".json";

  static List<Class<?>> publicTypes() throws Exception {
    Path root = Path.of(GnlcJson.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    try (Stream<Path> files = Files.walk(root.resolve(PACKAGE.replace('.', '/')))) {
      List<Class<?>> types = new ArrayList<>();
      for (Path file : files.filter(f -> f.toString().endsWith(".class")).collect(Collectors.toList())) {
        String name = root.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
        if (name.endsWith("package-info") || name.endsWith("module-info")) {
          continue;
        }
        Class<?> type = Class.forName(name, false, JsonImmutabilityTest.class.getClassLoader());
        if (Modifier.isPublic(type.getModifiers())) {
          types.add(type);
        }
      }
      return types;
    }
  }

  @Test
  void publicTypesHaveNoPublicMutableFieldNoSetterAndLeakNoImplementation() throws Exception {
    List<Class<?>> types = publicTypes();
    assertThat(types).contains(
        GnlcJson.class, GnlcModule.class, NetworkSummary.class, SdgLinksDocument.class);
    for (Class<?> type : types) {
      String name = type.getSimpleName();
      assertThat(name).as("generated class leaked").doesNotStartWith("Immutable");
      assertThat(name.endsWith("Serializer") || name.endsWith("Deserializer"))
          .as("%s is public: (de)serializers stay package-private", type.getName()).isFalse();
      for (Field field : type.getFields()) {
        assertThat(Modifier.isFinal(field.getModifiers()))
            .as("%s.%s is public and not final", type.getName(), field.getName()).isTrue();
      }
      if (type.getSimpleName().equals("Builder") || Throwable.class.isAssignableFrom(type)) {
        continue;
      }
      if (!type.isInterface() && !Modifier.isAbstract(type.getModifiers())) {
        assertThat(Modifier.isFinal(type.getModifiers())).as("%s is final", type.getName()).isTrue();
      }
      for (Method method : type.getMethods()) {
        assertThat(method.getName().matches("set[A-Z].*"))
            .as("%s.%s looks like a setter", type.getName(), method.getName()).isFalse();
        Class<?> returned = method.getReturnType();
        assertThat(returned.getSimpleName()).as("%s.%s", type.getName(), method.getName())
            .doesNotStartWith("Immutable");
        if (returned.getName().startsWith(BASE)) {
          assertThat(Modifier.isPublic(returned.getModifiers()))
              .as("%s.%s returns a non-public type", type.getName(), method.getName()).isTrue();
        }
      }
      for (Constructor<?> constructor : type.getConstructors()) {
        assertThat(type).as("public constructor of %s", type.getName()).isEqualTo(GnlcModule.class);
        assertThat(constructor.getParameterCount()).isZero();
      }
    }
  }

  /** Values the module returns: read from JSON (built by the deserializers) and made by it. */
  static List<Object> roots() {
    Network network = GnlcJson.readNetwork(GnlcJson.writeNetwork(Network.embedded()));
    List<Object> roots = new ArrayList<>();
    roots.add(network);
    roots.add(NetworkSummary.from(network));
    roots.add(GnlcJson.read(GnlcJson.writeNetworkSummary(network), NetworkSummary.class));
    roots.add(SdgLinksDocument.of(SdgLinks.defaults()));
    roots.add(GnlcJson.read(GnlcJson.writeSdgLinks(SdgLinks.defaults()), SdgLinksDocument.class));
    roots.add(GnlcJson.read(GnlcJson.writeSdgCatalogue(SdgCatalogue.standard()), SdgCatalogue.class));
    roots.add(new GnlcModule());
    return roots;
  }

  @Test
  void noReturnedOrReadValueLetsACollectionBeMutated() throws Exception {
    Map<Object, Boolean> seen = new IdentityHashMap<>();
    Set<String> checked = new TreeSet<>();
    for (Object root : roots()) {
      walk(root, seen, checked, 0);
    }
    assertUnmodifiable(GnlcJson.readSdgLinks(GnlcJson.writeSdgLinks(SdgLinks.defaults())),
        "GnlcJson.readSdgLinks()");
    assertThat(checked).contains(
        "Network.cities()", "Network.cohorts()", "Network.reportedTotals()",
        "NetworkStatistics.citiesPerRegion()", "NetworkStatistics.citiesPerYearJoined()",
        "SdgLinksDocument.links()", "SdgLink.targets()", "SdgCatalogue.goals()",
        "SdgGoal.targets()");
  }

  private void walk(Object value, Map<Object, Boolean> seen, Set<String> checked, int depth)
      throws IllegalAccessException {
    if (depth > 6 || seen.put(value, Boolean.TRUE) != null) {
      return;
    }
    Class<?> type = value.getClass();
    if (!type.getName().startsWith(BASE) || type.isEnum()) {
      return;
    }
    for (Method method : value.getClass().getMethods()) {
      if (method.getParameterCount() != 0 || Modifier.isStatic(method.getModifiers())
          || method.getReturnType() == void.class
          || !method.getDeclaringClass().getName().startsWith(BASE)
          || method.getName().equals("builder")) {
        continue;
      }
      method.setAccessible(true);
      Object result;
      try {
        result = method.invoke(value);
      } catch (InvocationTargetException e) {
        continue;
      }
      String where = publicType(type).getSimpleName() + "." + method.getName() + "()";
      if (result instanceof Collection) {
        assertUnmodifiable((Collection<?>) result, where);
        checked.add(where);
        int n = 0;
        for (Object element : (Collection<?>) result) {
          if (n++ > 3) {
            break;
          }
          walk(element, seen, checked, depth + 1);
        }
      } else if (result instanceof Map) {
        Map<?, ?> map = (Map<?, ?>) result;
        assertThatThrownBy(map::clear).as(where).isInstanceOf(UnsupportedOperationException.class);
        checked.add(where);
        for (Object element : map.values()) {
          walk(element, seen, checked, depth + 1);
        }
      } else if (result instanceof Optional) {
        ((Optional<?>) result).ifPresent(v -> {
          try {
            walk(v, seen, checked, depth + 1);
          } catch (IllegalAccessException e) {
            throw new AssertionError(e);
          }
        });
      } else if (result != null) {
        walk(result, seen, checked, depth + 1);
      }
    }
  }

  @SuppressWarnings("unchecked")
  private static void assertUnmodifiable(Collection<?> collection, String where) {
    assertThatThrownBy(collection::clear).as(where)
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> ((Collection<Object>) collection).add(new Object())).as(where)
        .isInstanceOf(UnsupportedOperationException.class);
  }

  private static Class<?> publicType(Class<?> type) {
    Class<?> current = type;
    while (!Modifier.isPublic(current.getModifiers()) && current.getSuperclass() != null) {
      current = current.getSuperclass();
    }
    return current;
  }
}
