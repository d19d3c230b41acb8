#include "pdfcheck.h"

#include "exporthelpers.h"

#include <QFile>
#include <QRegularExpression>
#include <QtEndian>
#include <catch2/catch.hpp>

namespace exporttest {

std::vector<PdfWord> pdfWords(const std::filesystem::path& pdf) {
    const Run r = run(QStringLiteral("pdftotext"),
                      {QStringLiteral("-bbox"), QString::fromStdString(pdf.string()), QStringLiteral("-")});
    REQUIRE(r.exit == 0);
    std::vector<PdfWord> words;
    static const QRegularExpression word(QStringLiteral(
        "<word xMin=\"[\\d.]+\" yMin=\"([\\d.]+)\" xMax=\"[\\d.]+\" yMax=\"([\\d.]+)\">([^<]*)</word>"));
    int page = 0;
    for (const QString& line : r.out.split(QLatin1Char('\n'))) {
        if (line.contains(QStringLiteral("<page ")))
            ++page;
        const auto m = word.match(line);
        if (!m.hasMatch())
            continue;
        // DejaVu Sans: a word's box is ascent + descent, 1.164 times the font size.
        words.push_back({page, m.captured(3), (m.captured(2).toDouble() - m.captured(1).toDouble()) / 1.164});
    }
    return words;
}

QByteArray pdfContent(const std::filesystem::path& pdf) {
    QFile file(QString::fromStdString(pdf.string()));
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray data = file.readAll();
    QByteArray out;
    qsizetype at = 0;
    while ((at = data.indexOf("stream\n", at)) >= 0) {
        const qsizetype start = at + 7;
        const qsizetype end = data.indexOf("endstream", start);
        if (end < 0)
            break;
        // qUncompress wants the expected size in front (it grows its buffer when short).
        QByteArray packed(4, '\0');
        qToBigEndian<quint32>(static_cast<quint32>((end - start) * 4), packed.data());
        packed += data.mid(start, end - start);
        out += qUncompress(packed);
        at = end;
    }
    return out;
}

int dashPatterns(const QByteArray& content) {
    static const QRegularExpression dash(QStringLiteral("\\[[\\d. ]+\\]\\s*[\\d.]+\\s+d"));
    return static_cast<int>(QString::fromLatin1(content).count(dash));
}

} // namespace exporttest
