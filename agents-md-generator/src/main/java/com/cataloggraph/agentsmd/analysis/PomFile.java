package com.cataloggraph.agentsmd.analysis;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/**
 * What a {@code pom.xml} says that matters to an agent: modules, properties and the plugins
 * declared anywhere in it. Parsed without DTDs or external entities.
 */
record PomFile(List<String> modules, Map<String, String> properties, List<String> pluginArtifacts) {

    static PomFile parse(String text) throws SAXParseException {
        Document document;
        try {
            DocumentBuilder builder = factory().newDocumentBuilder();
            builder.setErrorHandler(null);
            document = builder.parse(new InputSource(new StringReader(text)));
        } catch (SAXParseException e) {
            throw e;
        } catch (Exception e) {
            throw new SAXParseException(e.getMessage(), null, null, 0, 0);
        }
        Element project = document.getDocumentElement();
        List<String> modules = new ArrayList<>();
        for (Element list : children(project, "modules")) {
            for (Element module : children(list, "module")) {
                modules.add(module.getTextContent().strip());
            }
        }
        Map<String, String> properties = new LinkedHashMap<>();
        for (Element list : children(project, "properties")) {
            NodeList nodes = list.getChildNodes();
            for (int i = 0; i < nodes.getLength(); i++) {
                if (nodes.item(i) instanceof Element property) {
                    properties.put(property.getTagName(), property.getTextContent().strip());
                }
            }
        }
        List<String> plugins = new ArrayList<>();
        NodeList all = project.getElementsByTagName("plugin");
        for (int i = 0; i < all.getLength(); i++) {
            for (Element artifact : children((Element) all.item(i), "artifactId")) {
                plugins.add(artifact.getTextContent().strip());
            }
        }
        return new PomFile(modules, properties, plugins);
    }

    boolean hasPlugin(String artifactId) {
        return pluginArtifacts.contains(artifactId);
    }

    /** The Java release it compiles for, from the usual properties. */
    String javaVersion() {
        for (String key : List.of("maven.compiler.release", "java.version", "maven.compiler.target",
                "maven.compiler.source")) {
            String value = properties.get(key);
            if (value != null && !value.isBlank() && !value.contains("${")) {
                return value;
            }
        }
        return null;
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> result = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && element.getTagName().equals(name)) {
                result.add(element);
            }
        }
        return result;
    }

    private static DocumentBuilderFactory factory() throws ParserConfigurationException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        factory.setNamespaceAware(false);
        return factory;
    }
}
