package io.github.learningcities.gnlc.examples.report;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/** The report page read back as XML: a namespace-aware DOM, and the rows of its data tables. */
final class PageDocument {
  static final String XHTML = "http://www.w3.org/1999/xhtml";
  static final String SVG = "http://www.w3.org/2000/svg";

  private final Document document;

  private PageDocument(Document document) {
    this.document = document;
  }

  /** Parses the page as XML, failing on any well-formedness error; nothing is fetched. */
  static PageDocument parse(String page) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
    factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
    factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    factory.setExpandEntityReferences(false);
    DocumentBuilder builder = factory.newDocumentBuilder();
    builder.setErrorHandler(new DefaultHandler() {
      @Override
      public void warning(SAXParseException e) throws SAXParseException {
        throw e;
      }

      @Override
      public void error(SAXParseException e) throws SAXParseException {
        throw e;
      }
    });
    return new PageDocument(builder.parse(new InputSource(new StringReader(page))));
  }

  Document document() {
    return document;
  }

  Element root() {
    return document.getDocumentElement();
  }

  Element byId(String id) {
    List<Element> found = new ArrayList<>();
    collect(document.getDocumentElement(), id, found);
    if (found.size() != 1) {
      throw new AssertionError("expected one element with id " + id + ", found " + found.size());
    }
    return found.get(0);
  }

  private static void collect(Element element, String id, List<Element> found) {
    if (element.getAttribute("id").equals(id)) {
      found.add(element);
    }
    for (Element child : children(element)) {
      collect(child, id, found);
    }
  }

  /** Every element of a namespace and local name, in document order. */
  List<Element> all(String namespace, String name) {
    return elements(document.getElementsByTagNameNS(namespace, name));
  }

  static List<Element> all(Element scope, String namespace, String name) {
    return elements(scope.getElementsByTagNameNS(namespace, name));
  }

  /** The text of every cell of every body row of a data table, row by row. */
  List<List<String>> rows(String tableId) {
    Element table = byId(tableId);
    List<List<String>> rows = new ArrayList<>();
    for (Element tbody : all(table, XHTML, "tbody")) {
      for (Element tr : all(tbody, XHTML, "tr")) {
        List<String> cells = new ArrayList<>();
        for (Element cell : children(tr)) {
          cells.add(cell.getTextContent());
        }
        rows.add(cells);
      }
    }
    return rows;
  }

  /** The header cells of a data table. */
  List<String> headers(String tableId) {
    List<String> headers = new ArrayList<>();
    for (Element th : all(all(byId(tableId), XHTML, "thead").get(0), XHTML, "th")) {
      headers.add(th.getTextContent());
    }
    return headers;
  }

  /** Reads a whole number however the page's language groups its digits. */
  static int number(String cell) {
    String digits = cell.replaceAll("[^0-9]", "");
    if (digits.isEmpty()) {
      throw new AssertionError("not a number: " + cell);
    }
    return Integer.parseInt(digits);
  }

  static List<Element> children(Element element) {
    List<Element> children = new ArrayList<>();
    for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element) {
        children.add((Element) n);
      }
    }
    return children;
  }

  private static List<Element> elements(NodeList list) {
    List<Element> elements = new ArrayList<>();
    for (int i = 0; i < list.getLength(); i++) {
      elements.add((Element) list.item(i));
    }
    return elements;
  }
}
