package io.github.learningcities.gnlc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.learningcities.gnlc.network.Network;
import io.github.learningcities.gnlc.place.RegionDirectory;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Walks every public type of core: no public non-final field, no setter outside builders, and no
 * mutable collection escapes from any value reachable from the embedded data.
 */
class ImmutabilityTest {
  private static final String BASE = "io.github.learningcities.gnlc";

  static List<Class<?>> publicTypes() throws IOException, URISyntaxException {
    Path root = Path.of(GnlcException.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    try (Stream<Path> files = Files.walk(root.resolve(BASE.replace('.', '/')))) {
      List<Class<?>> types = new ArrayList<>();
      for (Path file : files.filter(f -> f.toString().endsWith(".class")).collect(Collectors.toList())) {
        String name = root.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
        if (name.contains(".internal.") || name.endsWith("package-info")) {
          continue;
        }
        try {
          Class<?> type = Class.forName(name, false, ImmutabilityTest.class.getClassLoader());
          if (Modifier.isPublic(type.getModifiers())) {
            types.add(type);
          }
        } catch (ClassNotFoundException e) {
          throw new AssertionError(e);
        }
      }
      return types;
    }
  }

  static boolean isBuilder(Class<?> type) {
    return type.getSimpleName().equals("Builder");
  }

  @Test
  void publicTypesHaveNoPublicMutableFieldAndNoSetter() throws Exception {
    List<Class<?>> types = publicTypes();
    assertThat(types).hasSizeGreaterThan(15);
    for (Class<?> type : types) {
      assertThat(type.getSimpleName()).as("generated class leaked").doesNotStartWith("Immutable");
      for (Field field : type.getFields()) {
        assertThat(Modifier.isFinal(field.getModifiers()))
            .as("%s.%s is public and not final", type.getName(), field.getName())
            .isTrue();
      }
      if (isBuilder(type) || Throwable.class.isAssignableFrom(type)) {
        continue;
      }
      for (Method method : type.getMethods()) {
        assertThat(method.getName().matches("set[A-Z].*"))
            .as("%s.%s looks like a setter", type.getName(), method.getName())
            .isFalse();
        assertThat(method.getReturnType().getSimpleName())
            .as("%s.%s exposes a generated class", type.getName(), method.getName())
            .doesNotStartWith("Immutable");
      }
    }
  }

  /** The values the walk starts from; later packages add theirs. */
  static List<Object> roots() {
    List<Object> roots = new ArrayList<>();
    roots.add(Network.embedded());
    roots.add(RegionDirectory.embedded());
    roots.add(io.github.learningcities.gnlc.sdg.SdgCatalogue.standard());
    roots.addAll(io.github.learningcities.gnlc.sdg.SdgLinks.defaults());
    return roots;
  }

  @Test
  void noReachableValueLetsACollectionBeMutated() throws Exception {
    Map<Object, Boolean> seen = new IdentityHashMap<>();
    Set<String> checked = new java.util.TreeSet<>();
    for (Object root : roots()) {
      walk(root, seen, checked, 0);
    }
    assertThat(checked)
        .as("collections checked")
        .contains(
            "Network.cities()",
            "Network.cohorts()",
            "Network.reportedTotals()",
            "Network.countries()",
            "Network.coveragePerCohort()",
            "NetworkStatistics.citiesPerRegion()",
            "NetworkStatistics.citiesPerYearJoined()",
            "RegionDirectory.entries()",
            "SdgCatalogue.goals()",
            "SdgCatalogue.targets()",
            "SdgGoal.targets()",
            "SdgLink.targets()");
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
    for (Method method : publicAccessors(value)) {
      Object result;
      try {
        result = method.invoke(value);
      } catch (InvocationTargetException e) {
        continue; // an accessor that rejects being called without context is not a leak
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
        assertThatThrownBy(() -> map.clear()).as(where).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> map.putAll(Map.of())).as(where)
            .isInstanceOf(UnsupportedOperationException.class);
        checked.add(where);
        for (Object element : map.values()) {
          walk(element, seen, checked, depth + 1);
        }
      } else if (result instanceof Optional) {
        Optional<?> optional = (Optional<?>) result;
        if (optional.isPresent()) {
          walk(optional.get(), seen, checked, depth + 1);
        }
      } else if (result != null) {
        walk(result, seen, checked, depth + 1);
      }
    }
  }

  private static void assertUnmodifiable(Collection<?> collection, String where) {
    assertThatThrownBy(() -> collection.clear()).as(where)
        .isInstanceOf(UnsupportedOperationException.class);
    if (collection instanceof List) {
      assertThatThrownBy(() -> ((List<?>) collection).add(null)).as(where)
          .isInstanceOf(UnsupportedOperationException.class);
    }
    if (collection instanceof Set) {
      assertThatThrownBy(() -> ((Set<Object>) collection).add(new Object())).as(where)
          .isInstanceOf(UnsupportedOperationException.class);
    }
  }

  private static Class<?> publicType(Class<?> type) {
    Class<?> current = type;
    while (!Modifier.isPublic(current.getModifiers()) && current.getSuperclass() != null) {
      current = current.getSuperclass();
    }
    return current;
  }

  private static List<Method> publicAccessors(Object value) {
    List<Method> accessors = new ArrayList<>();
    for (Method method : value.getClass().getMethods()) {
      if (method.getParameterCount() == 0
          && !Modifier.isStatic(method.getModifiers())
          && method.getReturnType() != void.class
          && method.getDeclaringClass().getName().startsWith(BASE)
          && !method.getName().equals("builder")) {
        method.setAccessible(true);
        accessors.add(method);
      }
    }
    return accessors;
  }
}
