#include "sightline/export/pdfoutline.h"

#include "exporthelpers.h"

#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <catch2/catch.hpp>
#include <fstream>
#include <sstream>

using namespace sightline::exporting;
using namespace exporttest;

namespace {

void writeThreePages(const std::filesystem::path& path) {
    QPdfWriter w(QString::fromStdString(path.string()));
    w.setPageSize(QPageSize(QPageSize::A4));
    QPainter p(&w);
    for (int i = 1; i <= 3; ++i) {
        if (i > 1)
            w.newPage();
        p.drawText(QPointF(200, 200), QStringLiteral("page number %1").arg(i));
    }
    p.end();
}

std::string slurp(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

} // namespace

TEST_CASE("bookmarks are added to a PDF that Qt wrote, nested, with any characters", "[export][outline]") {
    Scratch dir;
    const auto pdf = dir / "three.pdf";
    writeThreePages(pdf);
    const std::string before = slurp(pdf);
    std::string error;
    REQUIRE(addPdfOutline(pdf,
                          {{"Cover", 0, 0},
                           {"Teams", 1, 0},
                           {"Maintenance & Reliability", 1, 1},
                           {"Zürich – Ops (ü)", 2, 1},
                           {"End", 2, 0}},
                          error));
    CHECK(error.empty());
    // An incremental update: the original bytes are untouched.
    CHECK(slurp(pdf).compare(0, before.size(), before) == 0);
    CHECK(pdfInfo(pdf, "Pages") == "3");
    CHECK(pdfText(pdf).contains(QStringLiteral("page number 3")));
    CHECK(pdfOutline(pdf) == QStringList{QStringLiteral("Cover@1"), QStringLiteral("Teams@2"),
                                         QStringLiteral("  Maintenance & Reliability@2"),
                                         QStringLiteral("  Zürich – Ops (ü)@3"), QStringLiteral("End@3")});
}

TEST_CASE("adding bookmarks twice keeps one outline", "[export][outline]") {
    Scratch dir;
    const auto pdf = dir / "twice.pdf";
    writeThreePages(pdf);
    std::string error;
    REQUIRE(addPdfOutline(pdf, {{"First", 0, 0}}, error));
    REQUIRE(addPdfOutline(pdf, {{"Second", 1, 0}}, error));
    CHECK(pdfOutline(pdf) == QStringList{QStringLiteral("Second@2")});
    CHECK(pdfInfo(pdf, "Pages") == "3");
}

TEST_CASE("bookmarks are refused, the file unchanged, for what cannot be followed", "[export][outline]") {
    Scratch dir;
    std::string error;
    SECTION("not a PDF") {
        const auto junk = dir / "junk.pdf";
        std::ofstream(junk) << "hello, this is not a PDF";
        CHECK_FALSE(addPdfOutline(junk, {{"A", 0, 0}}, error));
        CHECK(error.find("junk.pdf") != std::string::npos);
        CHECK(slurp(junk) == "hello, this is not a PDF");
    }
    SECTION("a page that does not exist") {
        const auto pdf = dir / "three.pdf";
        writeThreePages(pdf);
        const std::string before = slurp(pdf);
        CHECK_FALSE(addPdfOutline(pdf, {{"A", 3, 0}}, error));
        CHECK(error.find("page 4") != std::string::npos);
        CHECK(slurp(pdf) == before);
    }
    SECTION("a truncated PDF") {
        const auto pdf = dir / "three.pdf";
        writeThreePages(pdf);
        std::string bytes = slurp(pdf);
        bytes.resize(bytes.size() / 2);
        CHECK_FALSE(appendPdfOutline(bytes, {{"A", 0, 0}}, error));
    }
    SECTION("a missing file") {
        CHECK_FALSE(addPdfOutline(dir / "missing.pdf", {{"A", 0, 0}}, error));
        CHECK(error.find("missing.pdf") != std::string::npos);
    }
}
