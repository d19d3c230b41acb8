// Copy and paste through the system clipboard, as JSON v1.
#include "helpers.h"

#include <QApplication>
#include <QClipboard>
#include <QMimeData>
#include <catch2/catch.hpp>

using namespace testing;
using sightline::core::NodeId;

TEST_CASE("a selection copied in one map pastes into another with its teams, owners and links") {
    Editor source(exampleMap());
    core::MapData empty;
    empty.properties.title = "Other map";
    Editor target(std::move(empty));

    // A result with its measure cards and what drives it.
    const core::Map& src = source.map();
    const core::Node* goal = nullptr;
    for (const core::Node& n : src.nodes())
        if (n.goal && !goal)
            goal = &n;
    REQUIRE(goal);
    std::vector<NodeId> chosen{goal->id};
    for (const core::LinkId& l : src.inLinks(goal->id))
        if (src.link(l)->kind == core::LinkKind::Drives)
            chosen.push_back(src.link(l)->from);
    source.scene().selectNodes(chosen);
    source.window->actions().copy->trigger();
    const QMimeData* mime = QApplication::clipboard()->mimeData();
    REQUIRE(mime);
    CHECK(mime->text().contains(QStringLiteral("\"format\": \"sightline-map\"")));

    target.canvas().setFocus();
    target.window->actions().paste->trigger();
    const core::Map& dst = target.map();
    REQUIRE(dst.nodes().size() >= chosen.size());
    // Titles arrived; every link joins pasted nodes; teams and owners exist in the target.
    for (const NodeId& id : chosen) {
        const std::string& title = src.node(id)->title;
        CHECK(std::any_of(dst.nodes().begin(), dst.nodes().end(),
                          [&](const core::Node& n) { return n.title == title; }));
    }
    CHECK(dst.links().size() >= chosen.size() - 1);
    for (const core::Node& n : dst.nodes()) {
        if (n.team)
            CHECK(dst.team(*n.team) != nullptr);
        if (n.owner)
            CHECK(dst.person(*n.owner) != nullptr);
    }
    CHECK_FALSE(dst.teams().empty());
    CHECK(target.scene().selectedNodeIds().size() == dst.nodes().size());
    // One undo step takes the whole paste back.
    target.undo().undo();
    CHECK(dst.nodes().empty());
    CHECK(dst.teams().empty());
    CHECK(dst.people().empty());

    // Pasting into the same map again gives fresh ids, nothing is replaced.
    const std::size_t count = src.nodes().size();
    source.window->actions().paste->trigger();
    CHECK(src.nodes().size() == count + source.scene().selectedNodeIds().size());
}

TEST_CASE("pasting something that is not a map reports it and changes nothing") {
    Editor e(smallMap());
    const core::MapData before = e.map().snapshot();
    QString reported;
    QObject::connect(&e.document(), &sightline::editor::Document::errorOccurred,
                     [&](const QString& m) { reported = m; });
    CHECK_FALSE(e.controller().pasteJson(
        "{\"format\": \"sightline-map\", \"version\": 1, \"title\": \"x\", \"nodes\": [{]}", {}));
    CHECK(reported.contains(QStringLiteral("Nothing was pasted")));
    reported.clear();
    CHECK_FALSE(e.controller().pasteJson(
        "{\"format\": \"sightline-map\", \"version\": 1, \"title\": \"x\", \"nodes\": "
        "[{\"id\": \"a\", \"kind\": \"kpi\", \"title\": \"t\"}], \"links\": []}",
        {}));
    CHECK(reported.contains(QStringLiteral("/nodes/0/kind")));
    CHECK(e.map().data() == before);
}
