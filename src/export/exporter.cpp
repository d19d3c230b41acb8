#include "sightline/export/exporter.h"

#include "sightline/export/boardpack.h"
#include "sightline/export/exportscene.h"
#include "sightline/export/mapfilters.h"
#include "sightline/export/mappages.h"
#include "sightline/export/page.h"
#include "sightline/io/atomicfile.h"
#include "sightline/render/vocabulary.h"

#include <QBuffer>
#include <QDate>
#include <QFile>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>
#include <algorithm>
#include <cmath>

namespace sightline::exporting {

namespace {

constexpr int kPdfResolution = 1200;

QString qs(const std::string& s) {
    return QString::fromStdString(s);
}

} // namespace

std::string todayIso() {
    return QDate::currentDate().toString(Qt::ISODate).toStdString();
}

Exporter::Exporter(core::MapData map, ExportOptions options)
    : data_(std::move(map)), options_(std::move(options)) {}

Exporter::~Exporter() {
    pages_.clear(); // pages refer to the scene
    scene_.reset();
}

std::size_t Exporter::laidOut() const {
    return scene_ ? scene_->laidOut() : 0;
}

bool Exporter::prepare(std::string& error) {
    const core::Status status = prepare();
    if (!status)
        error = status.message();
    return status.ok();
}

core::Status Exporter::prepare() {
    pages_.clear();
    outline_.clear();
    scene_.reset();
    const ExportOptions& o = options_;
    if (o.pack && o.format != Format::Pdf)
        return core::Status::error("a board pack is a PDF: give an output file ending in .pdf", "format");
    if (o.format == Format::Png && (o.dpi < 10 || o.dpi > 2400))
        return core::Status::error(std::to_string(o.dpi) + " dpi is out of range: use 10 to 2400", "dpi");
    if (!(o.marginMm >= 0 && o.marginMm <= 50))
        return core::Status::error("margins must be between 0 and 50 mm", "margin");
    if (const std::string problem = checkHighlight(data_, o.highlight); !problem.empty())
        return core::Status::error(problem, "focus");
    if (!o.date.empty() && !core::Date::parse(o.date))
        return core::Status::error("the date \"" + o.date + "\" is not a date (YYYY-MM-DD)", "date");
    if (!o.asOf.empty() && !core::Date::parse(o.asOf))
        return core::Status::error("the data date \"" + o.asOf + "\" is not a date (YYYY-MM-DD)", "as-of");
    if (o.teamLevels < 1)
        return core::Status::error("team levels must be 1 or more", "levels");
    for (const core::TeamId& t : o.packTeams)
        if (std::none_of(data_.teams.begin(), data_.teams.end(), [&](const core::Team& x) { return x.id == t; }))
            return core::Status::error("the map has no team \"" + t.str() + "\"", "teams");
    const std::string date = o.date.empty() ? todayIso() : o.date;
    warnings_.clear();

    core::MapData data = o.asOf.empty() ? data_ : dataAsOf(data_, *core::Date::parse(o.asOf));
    if (o.pathOnly && !o.pack && o.highlight.focus == render::FocusMode::LineOfSight)
        data = pathOnlyMap(data, o.highlight);
    scene_ = std::make_unique<ExportScene>(std::move(data),
                                           o.pathOnly && !o.pack ? core::ViewKind::Hierarchy : o.view,
                                           o.layoutUnplaced || (o.pathOnly && !o.pack));
    TitleInfo title;
    title.mapTitle = qs(data_.properties.title);
    title.view = render::viewLabel(scene_->view());
    title.date = qs(date);
    title.asOf = qs(o.asOf);
    if (o.pack) {
        buildBoardPack(*scene_, o, title, pages_, outline_);
    } else {
        pages_ = mapPages(*scene_, o.highlight, o, o.page, title, 1, o.format == Format::Pdf && !o.onePage);
        if (o.onePage && !pages_.empty())
            if (const MapTile* tile = pages_.front()->mapTile(); tile && tile->source.width() > 0) {
                const double points =
                    tile->target.width() / tile->source.width() * titlePixels(scene_->style());
                if (points < kOnePageWarnPoints)
                    warnings_.push_back("on one page the titles print at " +
                                        QString::number(points, 'f', 1).toStdString() + " pt, under " +
                                        QString::number(kOnePageWarnPoints, 'f', 0).toStdString() +
                                        " pt: use larger paper, or leave --one-page out to tile the map");
            }
    }
    if (o.format == Format::Png) {
        const QSizeF size = pageSize(0);
        const double px = size.width() * o.dpi / 72.0 * size.height() * o.dpi / 72.0;
        if (px > kMaxPixels) {
            const int most =
                static_cast<int>(std::floor(std::sqrt(kMaxPixels / (size.width() * size.height())) * 72));
            pages_.clear();
            return core::Status::error("the image would be too large at " + std::to_string(o.dpi) + " dpi (" +
                                           std::to_string(static_cast<long long>(px / 1e6)) +
                                           " million pixels): use " + std::to_string(std::max(1, most)) +
                                           " dpi or less, or a paper size such as A3",
                                       "dpi");
        }
    }
    return {};
}

QSizeF Exporter::pageSize(int page) const {
    return page >= 0 && page < pageCount() ? pages_[static_cast<std::size_t>(page)]->paper() : QSizeF();
}

const MapTile* Exporter::mapTile(int page) const {
    return page >= 0 && page < pageCount() ? pages_[static_cast<std::size_t>(page)]->mapTile() : nullptr;
}

void Exporter::paintPage(QPainter& painter, int page) {
    if (page < 0 || page >= pageCount())
        return;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    painter.setRenderHint(QPainter::SmoothPixmapTransform, true);
    pages_[static_cast<std::size_t>(page)]->paint(painter, PageNumber{page + 1, pageCount()});
    painter.restore();
}

QImage Exporter::renderPage(int page, double dpi, bool transparent) {
    const QSizeF size = pageSize(page);
    const double k = dpi / 72.0;
    QImage image(std::max(1, qRound(size.width() * k)), std::max(1, qRound(size.height() * k)),
                 QImage::Format_ARGB32_Premultiplied);
    const int dpm = qRound(dpi / 0.0254);
    image.setDotsPerMeterX(dpm);
    image.setDotsPerMeterY(dpm);
    image.fill(transparent ? Qt::transparent : Qt::white);
    QPainter painter(&image);
    painter.scale(k, k);
    paintPage(painter, page);
    painter.end();
    return image;
}

bool Exporter::step(int done) {
    if (!cancelled_ && progress_ && *progress_ && !(*progress_)(done, pageCount()))
        cancelled_ = true;
    return !cancelled_;
}

bool Exporter::writePdf(QIODevice& out, const std::filesystem::path& temp, std::string& error) {
    QPdfWriter writer(&out);
    writer.setResolution(kPdfResolution);
    writer.setCreator(QStringLiteral("Sightline"));
    writer.setTitle(qs(data_.properties.title));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setPageSize(QPageSize(pageSize(0), QPageSize::Point, QString(), QPageSize::ExactMatch));
    QPainter painter;
    if (!painter.begin(&writer)) {
        error = "the PDF could not be started";
        return false;
    }
    for (int i = 0; i < pageCount(); ++i) {
        if (!step(i))
            break;
        if (i > 0) {
            writer.setPageSize(QPageSize(pageSize(i), QPageSize::Point, QString(), QPageSize::ExactMatch));
            writer.newPage();
        }
        painter.save();
        painter.scale(kPdfResolution / 72.0, kPdfResolution / 72.0);
        paintPage(painter, i);
        painter.restore();
    }
    if (!painter.end() && !cancelled_) {
        error = "the PDF could not be finished";
        return false;
    }
    if (cancelled_)
        return false;
    out.close();
    if (!outline_.empty() && !addPdfOutline(temp, outline_, error))
        return false;
    return true;
}

bool Exporter::writePng(QIODevice& out, std::string& error) {
    if (!step(0))
        return false;
    const QImage image = renderPage(0, options_.dpi, options_.transparent);
    if (!image.save(&out, "PNG")) {
        error = "the PNG could not be written";
        return false;
    }
    return true;
}

bool Exporter::writeSvg(QIODevice& out, std::string& error) {
    if (!step(0))
        return false;
    const QSizeF size = pageSize(0);
    // Drawn in memory, then written: QSvgGenerator does not report a failed write.
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator svg;
    svg.setOutputDevice(&buffer);
    svg.setSize(QSize(qCeil(size.width()), qCeil(size.height())));
    svg.setViewBox(QRectF(QPointF(0, 0), size));
    svg.setResolution(72);
    svg.setTitle(qs(data_.properties.title));
    svg.setDescription(QStringLiteral("Exported by Sightline"));
    QPainter painter;
    if (!painter.begin(&svg)) {
        error = "the SVG could not be started";
        return false;
    }
    paintPage(painter, 0);
    painter.end();
    const QByteArray& bytes = buffer.data();
    if (out.write(bytes) != bytes.size()) {
        error = "the SVG could not be written (is the disk full?)";
        return false;
    }
    return true;
}

bool Exporter::write(const std::filesystem::path& path, std::string& error, const Progress& progress) {
    cancelled_ = false;
    if (pages_.empty() && !prepare(error))
        return false;
    io::AtomicFile file(path);
    // Create the temporary file (and learn early that the folder cannot be written).
    if (!file.write({})) {
        error = file.error();
        return false;
    }
    progress_ = &progress;
    QFile out(QString::fromStdString(file.tempPath().string()));
    bool ok = out.open(QIODevice::WriteOnly | QIODevice::Truncate);
    if (!ok)
        error = "the file could not be opened: " + out.errorString().toStdString();
    if (ok) {
        switch (options_.format) {
        case Format::Pdf:
            ok = writePdf(out, file.tempPath(), error);
            break;
        case Format::Png:
            ok = writePng(out, error);
            break;
        case Format::Svg:
            ok = writeSvg(out, error);
            break;
        }
    }
    // A full disk shows as a failed write on the device, whatever the writer above reported.
    if (ok && out.isOpen() && !out.flush())
        ok = false;
    if (out.error() != QFileDevice::NoError && !cancelled_) {
        ok = false;
        const QString why = out.errorString();
        error = "the file could not be written: " + (why.isEmpty() || why == QLatin1String("Unknown error")
                                                         ? std::string("is the disk full?")
                                                         : why.toStdString());
    }
    out.close();
    if (ok)
        step(pageCount());
    progress_ = nullptr;
    if (cancelled_) {
        error = "the export was cancelled; nothing was written";
        return false; // the AtomicFile removes the temporary file
    }
    if (!ok) {
        error = path.string() + ": " + error;
        return false;
    }
    if (!file.commit()) {
        error = file.error();
        return false;
    }
    return true;
}

} // namespace sightline::exporting
