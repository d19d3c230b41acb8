#pragma once

// Reading what a PDF draws, for the board pack's tests: words with their printed size
// (pdftotext -bbox) and the operators of its content streams.

#include <QString>
#include <filesystem>
#include <vector>

namespace exporttest {

struct PdfWord {
    int page = 0; // 1-based
    QString text;
    double points = 0; // the font size the word prints at
};

// Every word of the PDF with its page and size (from the height of its box).
std::vector<PdfWord> pdfWords(const std::filesystem::path& pdf);

// The content streams of the PDF, inflated, concatenated.
QByteArray pdfContent(const std::filesystem::path& pdf);

// How many non-empty dash patterns ("[4 2.5]0 d") the content sets.
int dashPatterns(const QByteArray& content);

} // namespace exporttest
