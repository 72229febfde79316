package io.github.learningcities.gnlc.json;

import org.junit.jupiter.api.Test;

/** The schemas are live: they refuse what they should (so that passing validation means something). */
class SchemaTest {
  @Test
  void theNetworkSchemaRefusesBadDocuments() {
    Schemas.assertInvalid("network.schema.json", "{}");
    Schemas.assertInvalid("network.schema.json", "{\"formatVersion\":2}");
    Schemas.assertInvalid("network.schema.json", "{\"formatVersion\":1,\"x\":1}");
    Schemas.assertInvalid("network.schema.json", "{\"formatVersion\":1,\"cities\":[{}]}");
    Schemas.assertInvalid(
        "network.schema.json",
        "{\"formatVersion\":1,\"cities\":[" + Fixtures.WARANGAL_JSON.replace("\"IN\"", "\"in\"")
            + "]}");
  }

  @Test
  void definitionsRefuseBadValues() {
    Schemas.assertInvalid("common.schema.json#/$defs/countryCode", "\"IND\"");
    Schemas.assertInvalid("common.schema.json#/$defs/region", "\"Arab States\"");
    Schemas.assertInvalid("common.schema.json#/$defs/cityId", "\"IN:Warangal\"");
    Schemas.assertInvalid("common.schema.json#/$defs/date", "\"2021-13-01\"");
    Schemas.assertInvalid("common.schema.json#/$defs/count", "-1");
    Schemas.assertInvalid("common.schema.json#/$defs/year", "\"2022\"");
    Schemas.assertInvalid("network.schema.json#/$defs/city",
        Fixtures.WARANGAL_JSON.replace("2022", "2014"));
    Schemas.assertInvalid("network.schema.json#/$defs/cohort",
        Fixtures.COHORT_2022_JSON.replace("77", "-77"));
    Schemas.assertInvalid("network.schema.json#/$defs/reportedTotal",
        Fixtures.TOTAL_2025_JSON.replace("\"DAY\"", "\"WEEK\""));
    Schemas.assertInvalid("network.schema.json#/$defs/coverage", "{\"complete\":true}");
    Schemas.assertInvalid("network.schema.json#/$defs/callWindow",
        "{\"opens\":\"2021-01-01\",\"closes\":\"2021-02-01\",\"x\":null}");
  }

  @Test
  void theSdgSchemasRefuseBadValues() {
    Schemas.assertInvalid("common.schema.json#/$defs/sdgGoal", "18");
    Schemas.assertInvalid("common.schema.json#/$defs/sdgGoal", "\"4\"");
    Schemas.assertInvalid("common.schema.json#/$defs/sdgTarget", "\"4.A\"");
    Schemas.assertInvalid("common.schema.json#/$defs/sdgTarget", "\"18.1\"");
    Schemas.assertInvalid("sdg-links.schema.json#/$defs/linkSubject",
        "{\"kind\":\"BUILDING_BLOCK\",\"id\":\"QUALITY_IN_LEARNING\"}");
    Schemas.assertInvalid("sdg-links.schema.json#/$defs/linkSubject",
        "{\"kind\":\"CITY\",\"id\":\"Warangal\"}");
    Schemas.assertInvalid("sdg-links.schema.json#/$defs/linkSubject",
        "{\"kind\":\"INITIATIVE\",\"id\":\"a\\nb\"}");
    Schemas.assertInvalid("sdg-links.schema.json#/$defs/sdgLink",
        Fixtures.LINK_B3_JSON.replace("[\"4.3\",\"4.4\"]", "[]"));
    Schemas.assertInvalid("sdg-links.schema.json#/$defs/sdgLink",
        Fixtures.LINK_B3_JSON.replace("[\"4.3\",\"4.4\"]", "[\"4.3\",\"4.3\"]"));
    Schemas.assertInvalid("sdg-links.schema.json", "{\"links\":[]}");
    Schemas.assertInvalid("sdg-catalogue.schema.json", "{\"formatVersion\":1}");
    Schemas.assertInvalid("sdg-catalogue.schema.json#/$defs/target", "{\"code\":\"4.3\"}");
  }

  @Test
  void theSummarySchemaRefusesBadValues() {
    String statistics = "network-summary.schema.json#/$defs/networkStatistics";
    Schemas.assertValid(statistics, Fixtures.STATISTICS_JSON);
    Schemas.assertInvalid(statistics, Fixtures.STATISTICS_JSON.replace("\"ARAB_STATES\":0,", ""));
    Schemas.assertInvalid(statistics, Fixtures.STATISTICS_JSON.replace("\"2016\"", "\"02016\""));
    Schemas.assertInvalid(statistics, Fixtures.STATISTICS_JSON.replace("\"AFRICA\"", "\"Africa\""));
    Schemas.assertInvalid("network-summary.schema.json",
        "{\"formatVersion\":1,\"statistics\":" + Fixtures.STATISTICS_JSON + "}");
  }
}
