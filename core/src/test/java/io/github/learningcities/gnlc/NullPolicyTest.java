package io.github.learningcities.gnlc;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.learningcities.gnlc.eligibility.Application;
import io.github.learningcities.gnlc.eligibility.ApplicationKind;
import io.github.learningcities.gnlc.eligibility.AwardNomination;
import io.github.learningcities.gnlc.eligibility.Call;
import io.github.learningcities.gnlc.eligibility.Condition;
import io.github.learningcities.gnlc.eligibility.Decision;
import io.github.learningcities.gnlc.eligibility.EvaluationContext;
import io.github.learningcities.gnlc.eligibility.Fact;
import io.github.learningcities.gnlc.eligibility.Finding;
import io.github.learningcities.gnlc.eligibility.MembershipApplication;
import io.github.learningcities.gnlc.eligibility.MessageTemplates;
import io.github.learningcities.gnlc.eligibility.Outcome;
import io.github.learningcities.gnlc.eligibility.Quota;
import io.github.learningcities.gnlc.eligibility.Rule;
import io.github.learningcities.gnlc.eligibility.RuleSet;
import io.github.learningcities.gnlc.eligibility.RuleSetCatalogue;
import io.github.learningcities.gnlc.framework.BuildingBlock;
import io.github.learningcities.gnlc.network.City;
import io.github.learningcities.gnlc.network.CityId;
import io.github.learningcities.gnlc.network.Cohort;
import io.github.learningcities.gnlc.network.DatePrecision;
import io.github.learningcities.gnlc.network.MembershipStart;
import io.github.learningcities.gnlc.network.Network;
import io.github.learningcities.gnlc.network.NetworkSource;
import io.github.learningcities.gnlc.place.CountryCode;
import io.github.learningcities.gnlc.place.RegionDirectory;
import io.github.learningcities.gnlc.place.UnescoRegion;
import io.github.learningcities.gnlc.sdg.LinkSubject;
import io.github.learningcities.gnlc.sdg.SdgCatalogue;
import io.github.learningcities.gnlc.sdg.SdgGoal;
import io.github.learningcities.gnlc.sdg.SdgLink;
import io.github.learningcities.gnlc.sdg.SdgLinks;
import io.github.learningcities.gnlc.sdg.SdgTarget;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.net.URI;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * gnlc's one null policy, checked over every public method and constructor of core (builders
 * included): a null argument throws a {@link NullPointerException} with a message, as in java.time;
 * never a {@link MissingValueException} (which means a builder lacks a required attribute) or any
 * other exception. Each reference parameter is given null in turn, with sample values for the
 * others.
 *
 * <p>Left out, as documented: the exception family (whose constructors take a nullable rejected
 * value and cause), {@code equals(Object)}, {@code compareTo} (whose contract is a
 * NullPointerException) and the {@code valueOf(String)} the compiler writes for enums.
 */
class NullPolicyTest {
  /**
   * The message of our own code names the argument, as {@code Objects.requireNonNull(x, "x")}
   * writes it (or an element of it, as the generated list builders write it), never the JDK's
   * "Cannot invoke ... because ..." of a null that slipped through.
   */
  private static final String NAME = "[A-Za-z][A-Za-z0-9_.]*( element)?";

  private static final URI SOURCE = URI.create("https://example.org/source");
  private static final City CITY = City.builder().name("Warangal").country(CountryCode.of("IN"))
      .start(MembershipStart.cohort(LocalDate.of(2022, 9, 2))).source(SOURCE).build();
  private static final MembershipApplication APPLICATION =
      MembershipApplication.builder().cityName("Warangal").country(CountryCode.of("IN")).build();
  private static final EvaluationContext CONTEXT =
      EvaluationContext.of(LocalDate.of(2025, 7, 1), Network.embedded());
  private static final RuleSet RULE_SET = RuleSetCatalogue.standard().get("gnlc.membership.2025");

  /** Sample values by parameter type, for the parameters not set to null. */
  private static Object sample(Class<?> type) {
    Map<Class<?>, Supplier<Object>> samples = Map.ofEntries(
        Map.entry(String.class, () -> "in"),
        Map.entry(CharSequence.class, () -> "in:warangal"),
        Map.entry(Object.class, () -> "x"),
        Map.entry(CountryCode.class, () -> CountryCode.of("IN")),
        Map.entry(UnescoRegion.class, () -> UnescoRegion.AFRICA),
        Map.entry(LocalDate.class, () -> LocalDate.of(2025, 7, 1)),
        Map.entry(Year.class, () -> Year.of(2022)),
        Map.entry(Locale.class, () -> Locale.ENGLISH),
        Map.entry(URI.class, () -> SOURCE),
        Map.entry(Path.class, () -> Path.of("none.tsv")),
        Map.entry(InputStream.class, () -> new ByteArrayInputStream(new byte[0])),
        Map.entry(CityId.class, () -> CityId.parse("in:warangal")),
        Map.entry(City.class, () -> CITY),
        Map.entry(Cohort.class, () -> Network.embedded().cohorts().get(0)),
        Map.entry(Network.class, Network::embedded),
        Map.entry(NetworkSource.class, NetworkSource::inCode),
        Map.entry(MembershipStart.class, MembershipStart::unknown),
        Map.entry(DatePrecision.class, () -> DatePrecision.DAY),
        Map.entry(Application.class, () -> APPLICATION),
        Map.entry(MembershipApplication.class, () -> APPLICATION),
        Map.entry(AwardNomination.class, () -> AwardNomination.builder().build()),
        Map.entry(ApplicationKind.class, () -> ApplicationKind.MEMBERSHIP),
        Map.entry(EvaluationContext.class, () -> CONTEXT),
        Map.entry(Fact.class, () -> Fact.CITY_NAME),
        Map.entry(Outcome.class, () -> Outcome.MET),
        Map.entry(Condition.class, Condition::member),
        Map.entry(Condition[].class, () -> new Condition[] {Condition.member()}),
        Map.entry(Rule.class, () -> RULE_SET.rules().get(0)),
        Map.entry(RuleSet.class, () -> RULE_SET),
        Map.entry(Quota.class,
            () -> RuleSetCatalogue.standard().get("gnlc.membership.2023").quotas().get(0)),
        Map.entry(Call.class, () -> RULE_SET.call().orElseThrow()),
        Map.entry(io.github.learningcities.gnlc.network.CallWindow.class,
            () -> io.github.learningcities.gnlc.network.CallWindow.of(
                LocalDate.of(2025, 5, 15), LocalDate.of(2025, 6, 15))),
        Map.entry(Decision.class, () -> RULE_SET.evaluate(APPLICATION, CONTEXT)),
        Map.entry(Finding.class, () -> RULE_SET.evaluate(APPLICATION, CONTEXT).findings().get(0)),
        Map.entry(MessageTemplates.class, () -> MessageTemplates.of("a", "b", "c")),
        Map.entry(BuildingBlock.class, () -> BuildingBlock.QUALITY_IN_LEARNING),
        Map.entry(SdgGoal.class, () -> SdgCatalogue.standard().goal(4)),
        Map.entry(SdgTarget.class, () -> SdgTarget.parse("4.3")),
        Map.entry(LinkSubject.class, () -> LinkSubject.ofInitiative("Reading circles")),
        Map.entry(SdgLink.class, () -> SdgLinks.defaultFor(BuildingBlock.QUALITY_IN_LEARNING)),
        Map.entry(BiFunction.class, () -> (BiFunction<Object, Object, Outcome>) (a, c) -> Outcome.MET),
        Map.entry(Optional.class, Optional::empty),
        Map.entry(OptionalInt.class, OptionalInt::empty),
        Map.entry(OptionalLong.class, OptionalLong::empty),
        Map.entry(List.class, List::of),
        Map.entry(Collection.class, List::of),
        Map.entry(Set.class, Set::of),
        Map.entry(Map.class, Map::of),
        Map.entry(Iterable.class, List::of));
    if (type.isEnum()) {
      return type.getEnumConstants()[0];
    }
    Supplier<Object> sample = samples.get(type);
    return sample == null ? null : sample.get();
  }

  /** A receiver for the instance methods of a public type, or null for none. */
  private static Object receiver(Class<?> type) throws Exception {
    if (type.isEnum()) {
      return type.getEnumConstants()[0];
    }
    if (type.getSimpleName().equals("Builder")) {
      return type.getEnclosingClass().getMethod("builder").invoke(null);
    }
    if (type == RegionDirectory.class) {
      return RegionDirectory.embedded();
    }
    if (type == io.github.learningcities.gnlc.place.MemberStateDirectory.class) {
      return io.github.learningcities.gnlc.place.MemberStateDirectory.embedded();
    }
    if (type == io.github.learningcities.gnlc.place.UnescoMembership.class) {
      return io.github.learningcities.gnlc.place.MemberStateDirectory.embedded().entries().get(0);
    }
    if (type == SdgCatalogue.class) {
      return SdgCatalogue.standard();
    }
    if (type == RuleSetCatalogue.class) {
      return RuleSetCatalogue.standard();
    }
    return sample(type);
  }

  /** Code that Immutables wrote: its messages are its own. */
  private static boolean generated(Executable executable) {
    return executable.getDeclaringClass().getSimpleName().startsWith("Immutable")
        || executable.getDeclaringClass().getName().contains(".Immutable");
  }

  private static boolean exempt(Executable executable) {
    Class<?> owner = executable.getDeclaringClass();
    if (Throwable.class.isAssignableFrom(owner)) {
      return true;
    }
    if (executable instanceof Method) {
      Method method = (Method) executable;
      if (method.isSynthetic() || method.isBridge()) {
        return true;
      }
      if (method.getName().equals("equals") && method.getParameterCount() == 1) {
        return true;
      }
      if (method.getName().equals("compareTo") && method.getParameterCount() == 1) {
        return true; // Comparable's contract: NullPointerException
      }
      return owner.isEnum() && method.getName().equals("valueOf")
          && method.getParameterCount() == 1;
    }
    return false;
  }

  @Test
  void everyPublicMethodThrowsNullPointerExceptionForANullArgument() throws Exception {
    List<String> problems = new ArrayList<>();
    int checked = 0;
    for (Class<?> type : ImmutabilityTest.publicTypes()) {
      List<Executable> executables = new ArrayList<>();
      for (Method method : type.getMethods()) {
        boolean ours = method.getDeclaringClass().getName().startsWith("io.github.learningcities");
        boolean inherited = method.getDeclaringClass() != type;
        // a public type's own methods, and those its builder inherits from the generated one
        if (ours && (!inherited || !Modifier.isPublic(method.getDeclaringClass().getModifiers()))) {
          method.setAccessible(true);
          executables.add(method);
        }
      }
      if (!Modifier.isAbstract(type.getModifiers())) {
        for (Constructor<?> constructor : type.getConstructors()) {
          executables.add(constructor);
        }
      }
      for (Executable executable : executables) {
        if (exempt(executable)) {
          continue;
        }
        Parameter[] parameters = executable.getParameters();
        for (int i = 0; i < parameters.length; i++) {
          if (parameters[i].getType().isPrimitive()) {
            continue;
          }
          Object[] arguments = new Object[parameters.length];
          boolean complete = true;
          for (int k = 0; k < parameters.length; k++) {
            if (k != i) {
              Class<?> parameterType = parameters[k].getType();
              arguments[k] = parameterType.isPrimitive() ? primitive(parameterType)
                  : sample(parameterType);
              complete &= arguments[k] != null;
            }
          }
          String name = type.getSimpleName() + "." + executable.getName() + " argument " + i;
          if (!complete) {
            problems.add(name + ": no sample for " + List.of(executable.getParameterTypes()));
            continue;
          }
          Throwable thrown = invoke(type, executable, arguments);
          checked++;
          if (!(thrown instanceof NullPointerException) || thrown.getMessage() == null
              || !generated(executable) && !thrown.getMessage().matches(NAME)) {
            problems.add(name + ": " + (thrown == null ? "no exception" : thrown));
          }
        }
      }
    }
    assertThat(problems).isEmpty();
    assertThat(checked).isGreaterThan(200);
  }

  private static Object primitive(Class<?> type) {
    if (type == boolean.class) {
      return false;
    }
    if (type == long.class) {
      return 1L;
    }
    return 1;
  }

  private static Throwable invoke(Class<?> type, Executable executable, Object[] arguments)
      throws Exception {
    try {
      if (executable instanceof Constructor) {
        ((Constructor<?>) executable).newInstance(arguments);
      } else {
        Method method = (Method) executable;
        Object target = Modifier.isStatic(method.getModifiers()) ? null : receiver(type);
        if (target == null && !Modifier.isStatic(method.getModifiers())) {
          return new AssertionError("no receiver for " + type.getName());
        }
        method.invoke(target, arguments);
      }
      return null;
    } catch (InvocationTargetException e) {
      return e.getCause();
    }
  }
}
