package io.github.learningcities.gnlc.sdg;

import io.github.learningcities.gnlc.framework.BuildingBlock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The library's default links of the six building blocks of the Key Features of Learning Cities to
 * targets of SDG 4 (quality education) and SDG 11 (sustainable cities and communities).
 *
 * <p><strong>These links are gnlc's own editorial mapping, not a UNESCO or UN
 * classification.</strong> The sources say only that member cities link their work to SDG 4 and
 * SDG 11; they map no building block to any target. The defaults are a reasoned starting point
 * that every block links to at least one SDG 4 target; replace them with your own
 * {@link SdgLink}s where your analysis differs.
 *
 * <table>
 *   <caption>Default links</caption>
 *   <tr><th>Block</th><th>Targets</th></tr>
 *   <tr><td>B1 Inclusive learning in the education system</td><td>4.1, 4.2, 4.3, 4.5</td></tr>
 *   <tr><td>B2 Re-vitalised learning in families and communities</td><td>4.2, 4.6, 11.3</td></tr>
 *   <tr><td>B3 Effective learning for and in the workplace</td><td>4.3, 4.4</td></tr>
 *   <tr><td>B4 Extended use of modern learning technologies</td><td>4.4, 4.a</td></tr>
 *   <tr><td>B5 Enhanced quality in learning</td><td>4.7, 4.c</td></tr>
 *   <tr><td>B6 Vibrant culture of learning throughout life</td><td>4.7, 11.4, 11.7</td></tr>
 * </table>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SdgLinks {
  private SdgLinks() {}

  /**
   * Returns the default links, one per building block, in the order of {@link BuildingBlock}.
   *
   * @return the six links, unmodifiable
   */
  public static List<SdgLink> defaults() {
    return Holder.DEFAULTS;
  }

  /**
   * Returns the default link of one building block.
   *
   * @param buildingBlock  the building block, not null
   * @return the link, never null
   * @throws NullPointerException if the building block is null
   */
  public static SdgLink defaultFor(BuildingBlock buildingBlock) {
    if (buildingBlock == null) {
      throw new NullPointerException("buildingBlock");
    }
    return Holder.BY_BLOCK.get(buildingBlock);
  }

  private static final class Holder {
    static final List<SdgLink> DEFAULTS = List.copyOf(build());
    static final Map<BuildingBlock, SdgLink> BY_BLOCK = byBlock();

    private static Map<BuildingBlock, SdgLink> byBlock() {
      Map<BuildingBlock, SdgLink> map = new EnumMap<>(BuildingBlock.class);
      for (SdgLink link : DEFAULTS) {
        map.put(BuildingBlock.parse(link.subject().id()), link);
      }
      return Collections.unmodifiableMap(map);
    }

    private static List<SdgLink> build() {
      List<SdgLink> links = new ArrayList<>();
      links.add(link(BuildingBlock.INCLUSIVE_LEARNING_IN_THE_EDUCATION_SYSTEM,
          "Inclusive learning from early childhood to university serves complete schooling,"
              + " pre-primary education, equal access to vocational and tertiary education and"
              + " equal access for the vulnerable.",
          "4.1", "4.2", "4.3", "4.5"));
      links.add(link(BuildingBlock.LEARNING_IN_FAMILIES_AND_COMMUNITIES,
          "Family and community learning supports young children at home, brings literacy and"
              + " numeracy to youth and adults, and builds residents' capacity to plan their city"
              + " together.",
          "4.2", "4.6", "11.3"));
      links.add(link(BuildingBlock.LEARNING_FOR_AND_IN_THE_WORKPLACE,
          "Learning for and in the workplace widens access to vocational training and gives"
              + " youth and adults skills for decent jobs and entrepreneurship.",
          "4.3", "4.4"));
      links.add(link(BuildingBlock.MODERN_LEARNING_TECHNOLOGIES,
          "Modern learning technologies build digital skills and equip learning places with"
              + " computers and internet access for learning.",
          "4.4", "4.a"));
      links.add(link(BuildingBlock.QUALITY_IN_LEARNING,
          "Quality in learning rests on qualified, well-trained educators and on learning that"
              + " gives the knowledge and values for sustainable development.",
          "4.7", "4.c"));
      links.add(link(BuildingBlock.CULTURE_OF_LEARNING_THROUGHOUT_LIFE,
          "A culture of learning throughout life uses heritage, culture and open public spaces"
              + " to spread the knowledge and values for sustainable development.",
          "4.7", "11.4", "11.7"));
      return links;
    }

    private static SdgLink link(BuildingBlock block, String rationale, String... codes) {
      Set<SdgTarget> targets = new LinkedHashSet<>();
      for (String code : codes) {
        targets.add(SdgTarget.parse(code));
      }
      return SdgLink.of(block, targets, rationale);
    }
  }
}
