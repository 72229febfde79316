package io.github.learningcities.gnlc.json;

import io.github.learningcities.gnlc.eligibility.Condition;
import io.github.learningcities.gnlc.eligibility.MessageTemplates;
import io.github.learningcities.gnlc.eligibility.Rule;
import io.github.learningcities.gnlc.eligibility.Verification;
import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * Reads a {@link Rule}; every property but {@code messages} is required and {@code sources} must
 * not be empty. {@code messages} maps a language code ({@code en}, {@code fr}) to the rule's own
 * messages, an object with {@code MET}, {@code NOT_MET} and {@code UNKNOWN}, all required.
 */
final class RuleDeserializer extends ObjectDeserializer<Rule> {
  static final List<String> PROPERTIES =
      List.of("id", "title", "text", "sources", "verification", "messageKey", "messages",
          "condition");

  private final ConditionDeserializer conditions;
  private final MessageTemplatesDeserializer templates;

  RuleDeserializer(Settings settings, ConditionDeserializer conditions) {
    super(Rule.class, settings, "rule", PROPERTIES);
    this.conditions = conditions;
    this.templates = new MessageTemplatesDeserializer(settings);
  }

  @Override
  Rule readObject(JsonFields fields) {
    String id = null;
    String title = null;
    String text = null;
    List<URI> sources = null;
    Verification verification = null;
    String messageKey = null;
    Map<String, MessageTemplates> messages = Map.of();
    Condition condition = null;
    for (String field = fields.next(); field != null; field = fields.next()) {
      switch (field) {
        case "id":
          id = fields.string();
          break;
        case "title":
          title = fields.string();
          break;
        case "text":
          text = fields.string();
          break;
        case "sources":
          sources = fields.read((p, ctxt, f) -> Read.list(p, ctxt, f, Read::uri));
          break;
        case "verification":
          verification = fields.read(Codes.VERIFICATIONS);
          break;
        case "messageKey":
          messageKey = fields.string();
          break;
        case "messages":
          messages = fields.read((p, ctxt, f) -> Read.map(
              p, ctxt, f, String.class, key -> key, templates::read));
          break;
        default: // "condition"
          condition = fields.read(conditions::read);
          break;
      }
    }
    Rule.Builder builder =
        Rule.builder()
            .id(fields.required("id", id))
            .title(fields.required("title", title))
            .text(fields.required("text", text))
            .addAllSources(fields.required("sources", sources))
            .verification(fields.required("verification", verification))
            .messageKey(fields.required("messageKey", messageKey))
            .messages(messages)
            .condition(fields.required("condition", condition));
    return fields.build(builder::build);
  }
}
