#pragma once

#include "sightline/core/id.h"
#include "sightline/export/page.h"
#include "sightline/export/pageplan.h"
#include "sightline/export/titleblock.h"
#include "sightline/render/highlight.h"

#include <memory>

namespace sightline::exporting {

class ExportScene;
class Table;

// A team's page in the board pack: the map in the team's line-of-sight focus (zoomed to the
// focused part, at `scale` printed points per scene point) above the first rows of its nodes
// ranked by leverage; legend and title block. The page shares the ownership of its scene.
class TeamPage : public Page {
public:
    TeamPage(std::shared_ptr<ExportScene> scene, render::Highlight highlight, PageFrame frame,
             QString heading, QString intro, QRectF mapArea, double scale, QRectF tableArea,
             std::shared_ptr<const Table> table, std::size_t rows, TitleInfo title, bool legend = true);

    QSizeF paper() const override { return frame_.paper; }
    void paint(QPainter& painter, const PageNumber& number) override;

private:
    std::shared_ptr<ExportScene> scene_;
    render::Highlight highlight_;
    double scale_;
    PageFrame frame_;
    QString heading_, intro_;
    QRectF mapArea_, tableArea_;
    std::shared_ptr<const Table> table_;
    std::size_t rows_;
    TitleInfo title_;
    bool legend_ = true;
};

} // namespace sightline::exporting
