package io.github.learningcities.gnlc.json;

import io.github.learningcities.gnlc.sdg.SdgLink;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * The SDG links document: a list of {@link SdgLink}s, written as
 * {@code {"formatVersion": 1, "links": [...]}}. The links keep their order; the same subject may
 * appear in several links.
 *
 * <p>Write one with {@code GnlcJson.writeSdgLinks(links)} or {@code mapper.writeValueAsString(
 * SdgLinksDocument.of(links))}; read one with {@code GnlcJson.readSdgLinks(json)} or
 * {@code mapper.readValue(json, SdgLinksDocument.class)}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SdgLinksDocument {
  private final List<SdgLink> links;

  private SdgLinksDocument(List<SdgLink> links) {
    this.links = links;
  }

  /**
   * Creates a document of links.
   *
   * @param links  the links, in the order to write them, not null, without null elements
   * @return the document, never null
   * @throws NullPointerException if the collection or one of its links is null
   */
  public static SdgLinksDocument of(Collection<? extends SdgLink> links) {
    Objects.requireNonNull(links, "links");
    return new SdgLinksDocument(List.copyOf(links));
  }

  /**
   * Returns the links, in document order.
   *
   * @return the links, unmodifiable, never null
   */
  public List<SdgLink> links() {
    return links;
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof SdgLinksDocument && ((SdgLinksDocument) obj).links.equals(links);
  }

  @Override
  public int hashCode() {
    return links.hashCode();
  }

  @Override
  public String toString() {
    return "SdgLinksDocument[" + links.size() + (links.size() == 1 ? " link]" : " links]");
  }
}
