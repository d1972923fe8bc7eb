//! A small XML element tree for the GraphML and GEXF readers: names, attributes, text.

use quick_xml::Reader;
use quick_xml::XmlVersion;
use quick_xml::escape::resolve_xml_entity;
use quick_xml::events::{BytesStart, Event};

/// One element: local name (no prefix), attributes with their values
/// unescaped, the text directly inside it, and its child elements.
#[derive(Debug, Default)]
pub(crate) struct Element {
    pub(crate) name: String,
    pub(crate) attributes: Vec<(String, String)>,
    pub(crate) text: String,
    pub(crate) children: Vec<Element>,
}

impl Element {
    /// The value of the attribute with this local name.
    pub(crate) fn attribute(&self, name: &str) -> Option<&str> {
        self.attributes
            .iter()
            .find(|(key, _)| key == name)
            .map(|(_, value)| value.as_str())
    }

    /// The child elements with this local name.
    pub(crate) fn children<'a>(&'a self, name: &'a str) -> impl Iterator<Item = &'a Element> + 'a {
        self.children.iter().filter(move |child| child.name == name)
    }

    /// The first child element with this local name.
    pub(crate) fn child<'a>(&'a self, name: &'a str) -> Option<&'a Element> {
        self.children(name).next()
    }
}

/// The local part of a possibly prefixed name.
fn local(name: &str) -> String {
    name.rsplit_once(':')
        .map_or(name, |(_, local)| local)
        .to_string()
}

fn open(start: &BytesStart<'_>) -> Result<Element, String> {
    let mut element = Element {
        name: local(start.name().as_ref()),
        ..Element::default()
    };
    for attribute in start.attributes() {
        let attribute = attribute.map_err(|err| err.to_string())?;
        let key = attribute.key.as_ref().to_string();
        let value = attribute
            .normalized_value(XmlVersion::Implicit1_0)
            .map_err(|err| err.to_string())?;
        element.attributes.push((key, value.into_owned()));
    }
    Ok(element)
}

/// Parses `text` into its root element; `Err` has the parser's message with its byte position.
pub(crate) fn parse(text: &str) -> Result<Element, String> {
    let mut reader = Reader::from_str(text);
    let mut stack: Vec<Element> = vec![Element::default()];
    let position = |reader: &Reader<&[u8]>, message: String| {
        format!("{message} (at byte {})", reader.buffer_position())
    };
    loop {
        let event = reader
            .read_event()
            .map_err(|err| position(&reader, err.to_string()))?;
        let top = stack.last_mut().ok_or("unbalanced elements")?;
        match event {
            Event::Start(start) => {
                let element = open(&start).map_err(|err| position(&reader, err))?;
                stack.push(element);
            }
            Event::Empty(start) => {
                let element = open(&start).map_err(|err| position(&reader, err))?;
                top.children.push(element);
            }
            Event::End(_) => {
                let element = stack.pop().ok_or("unbalanced elements")?;
                let parent = stack.last_mut().ok_or("unbalanced elements")?;
                parent.children.push(element);
            }
            Event::Text(text) => top.text.push_str(&text.xml10_content()),
            Event::CData(data) => top.text.push_str(&data.xml10_content()),
            Event::GeneralRef(reference) => {
                let resolved = reference
                    .resolve_char_ref()
                    .map_err(|err| position(&reader, err.to_string()))?;
                match resolved {
                    Some(c) => top.text.push(c),
                    None => {
                        let name = reference.xml10_content();
                        let value = resolve_xml_entity(&name)
                            .ok_or_else(|| position(&reader, format!("unknown entity &{name};")))?;
                        top.text.push_str(value);
                    }
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    let mut document = stack
        .pop()
        .filter(|_| stack.is_empty())
        .ok_or("unclosed element")?;
    document
        .children
        .pop()
        .ok_or_else(|| "no root element".to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_and_attributes_come_back_unescaped() {
        let root = parse(
            "<?xml version=\"1.0\"?>\n<a x=\"1 &amp; &#10;2&#9;&quot;\"><b>t &lt;&#13;&#10;u&gt;</b><c/></a>",
        )
        .unwrap();
        assert_eq!(root.name, "a");
        assert_eq!(root.attribute("x"), Some("1 & \n2\t\""));
        assert_eq!(root.child("b").unwrap().text, "t <\r\nu>");
        assert_eq!(root.children("c").count(), 1);
        assert!(parse("<a><b></a>").is_err());
        assert!(parse("<a>&bogus;</a>").is_err());
    }
}
