#include "exporthelpers.h"

#include <QFile>
#include <QImage>
#include <QProcess>
#include <QProcessEnvironment>
#include <catch2/catch.hpp>
#include <fstream>

using namespace exporttest;

namespace {

QString s(const std::filesystem::path& p) {
    return QString::fromStdString(p.string());
}

} // namespace

TEST_CASE("sightline-cli export prints no Qt warnings where XDG_RUNTIME_DIR is unset (cron, CI, root)",
          "[export][cli]") {
    Scratch dir;
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("XDG_RUNTIME_DIR"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    p.setProcessEnvironment(env);
    for (const QStringList& how :
         {QStringList{s(dir / "quiet.pdf"), QStringLiteral("--pack")}, QStringList{s(dir / "quiet.png")}}) {
        p.start(QStringLiteral(SIGHTLINE_CLI),
                QStringList{QStringLiteral("export"), s(examplePath()), QStringLiteral("-o")} + how);
        REQUIRE(p.waitForFinished(120000));
        CHECK(p.exitCode() == 0);
        CHECK(QString::fromUtf8(p.readAllStandardError()).toStdString() == "");
        CHECK(QString::fromUtf8(p.readAllStandardOutput()).startsWith(how.front()));
    }
}

TEST_CASE("sightline-cli export writes PDF, PNG and SVG as asked", "[export][cli]") {
    Scratch dir;
    const QString map = s(examplePath());
    Run r = cli({QStringLiteral("export"), map, QStringLiteral("-o"), s(dir / "map.pdf"),
                 QStringLiteral("--page"), QStringLiteral("A3"), QStringLiteral("--landscape")});
    INFO(r.err.toStdString());
    REQUIRE(r.exit == 0);
    CHECK(pdfInfo(dir / "map.pdf", "Page size") == QStringLiteral("1191 x 842 pts (A3)"));

    r = cli({QStringLiteral("export"), map, QStringLiteral("-o"), s(dir / "ops.pdf"),
             QStringLiteral("--team"), QStringLiteral("ops"), QStringLiteral("--view"),
             QStringLiteral("hierarchy"), QStringLiteral("--page"), QStringLiteral("letter")});
    REQUIRE(r.exit == 0);
    CHECK(pdfText(dir / "ops.pdf").contains(QStringLiteral("Line of sight: Operations")));
    CHECK(pdfInfo(dir / "ops.pdf", "Page size") == QStringLiteral("612 x 792 pts (letter)"));

    r = cli({QStringLiteral("export"), map, QStringLiteral("-o"), s(dir / "a.png"), QStringLiteral("--dpi"),
             QStringLiteral("72")});
    REQUIRE(r.exit == 0);
    r = cli({QStringLiteral("export"), map, QStringLiteral("-o"), s(dir / "b.png"), QStringLiteral("--dpi"),
             QStringLiteral("144")});
    REQUIRE(r.exit == 0);
    const QImage a(s(dir / "a.png")), b(s(dir / "b.png"));
    CHECK(b.width() == a.width() * 2);
    CHECK(b.height() == a.height() * 2);

    r = cli({QStringLiteral("export"), map, QStringLiteral("-o"), s(dir / "map.svg")});
    REQUIRE(r.exit == 0);
    QFile svg(s(dir / "map.svg"));
    REQUIRE(svg.open(QIODevice::ReadOnly));
    CHECK(svg.readAll().contains("<svg"));

    r = cli(
        {QStringLiteral("export"), map, QStringLiteral("-o"), s(dir / "pack.pdf"), QStringLiteral("--pack")});
    REQUIRE(r.exit == 0);
    CHECK(pdfOutline(dir / "pack.pdf").startsWith(QStringLiteral("Cover@1")));
}

TEST_CASE("sightline-cli export refuses bad options and inputs with exit 2, writing nothing",
          "[export][cli]") {
    Scratch dir;
    const QString map = s(examplePath());
    const QString out = s(dir / "out.pdf");
    auto refused = [&](const QStringList& args, const QString& message) {
        const Run r = cli(QStringList{QStringLiteral("export")} + args);
        INFO(args.join(QLatin1Char(' ')).toStdString() + " -> " + r.err.toStdString());
        CHECK(r.exit == 2);
        CHECK(r.err.contains(message));
        CHECK_FALSE(QFile::exists(out));
    };
    refused({map, QStringLiteral("-o"), out, QStringLiteral("--page"), QStringLiteral("A5")},
            QStringLiteral("A5"));
    refused({map, QStringLiteral("-o"), out, QStringLiteral("--team"), QStringLiteral("nobody")},
            QStringLiteral("nobody"));
    refused({map, QStringLiteral("-o"), out, QStringLiteral("--view"), QStringLiteral("sideways")},
            QStringLiteral("sideways"));
    refused({map, QStringLiteral("-o"), s(dir / "out.png"), QStringLiteral("--dpi"), QStringLiteral("lots")},
            QStringLiteral("--dpi"));
    refused({map, QStringLiteral("-o"), s(dir / "out.png"), QStringLiteral("--pack")}, QStringLiteral("PDF"));
    refused({map, QStringLiteral("-o"), s(dir / "out.png"), QStringLiteral("--page"), QStringLiteral("A3"),
             QStringLiteral("--dpi"), QStringLiteral("2400")},
            QStringLiteral("--dpi: the image would be too large"));
    refused({map, QStringLiteral("-o"), s(dir / "out.jpg")}, QStringLiteral(".jpg"));
    refused({map}, QStringLiteral("-o"));
    refused({map, QStringLiteral("-o"), s(dir / "no-such-folder" / "out.pdf")},
            QStringLiteral("no-such-folder"));

    // A bad map.
    const auto junk = dir / "junk.json";
    std::ofstream(junk) << "{\"format\": \"sightline-map\", \"version\": 1, \"nodes\": [";
    refused({s(junk), QStringLiteral("-o"), out}, QStringLiteral("junk.json"));
    refused({s(dir / "missing.json"), QStringLiteral("-o"), out}, QStringLiteral("missing.json"));

    // The output is the input (a map may have any name: its kind is read from its content).
    const auto same = dir / "map.pdf";
    std::filesystem::copy_file(examplePath(), same);
    const Run r = cli({QStringLiteral("export"), s(same), QStringLiteral("-o"), s(same)});
    CHECK(r.exit == 2);
    CHECK(r.err.contains(QStringLiteral("input file itself")));
    QFile f(s(same));
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(f.readAll().startsWith("{"));
    CHECK(dir.files() == QStringList{QStringLiteral("junk.json"), QStringLiteral("map.pdf")});
}
