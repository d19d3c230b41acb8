#pragma once

// A strict little XML 1.0 reader for the GraphML tests: it parses the whole document, throws
// std::runtime_error (with the byte offset) on anything that is not well-formed (unbalanced or
// mismatched tags, a raw '<' or '&' in text or an attribute, an unknown entity, a duplicate
// attribute, a character XML cannot hold, invalid UTF-8) and returns the element tree with
// attribute values and text decoded.

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace xmlcheck {

struct Element {
    std::string name;
    std::vector<std::pair<std::string, std::string>> attributes; // decoded, in document order
    std::string text;                                            // decoded character data
    std::vector<Element> children;

    // The attribute's value, or nullptr.
    const std::string* attribute(std::string_view attributeName) const;
    std::vector<const Element*> childrenNamed(std::string_view childName) const;
};

// The root element of a well-formed document (an XML declaration first is allowed).
Element parse(std::string_view document);

} // namespace xmlcheck
