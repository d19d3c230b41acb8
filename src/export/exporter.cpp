#include "sightline/export/exporter.h"

#include "sightline/export/boardpack.h"
#include "sightline/export/exportscene.h"
#include "sightline/export/mappages.h"
#include "sightline/export/page.h"
#include "sightline/io/atomicfile.h"
#include "sightline/render/vocabulary.h"

#include <QDate>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>
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
    pages_.clear();
    outline_.clear();
    scene_.reset();
    const ExportOptions& o = options_;
    if (o.pack && o.format != Format::Pdf) {
        error = "a board pack is a PDF: give an output file ending in .pdf";
        return false;
    }
    if (o.format == Format::Png && (o.dpi < 10 || o.dpi > 2400)) {
        error = "--dpi " + std::to_string(o.dpi) + " is out of range: use 10 to 2400";
        return false;
    }
    if (!(o.marginMm >= 0 && o.marginMm <= 50)) {
        error = "margins must be between 0 and 50 mm";
        return false;
    }
    if (o.team) {
        bool found = false;
        for (const core::Team& t : data_.teams)
            found = found || t.id == *o.team;
        if (!found) {
            error = "the map has no team \"" + o.team->str() + "\"";
            return false;
        }
    }
    if (!o.date.empty() && !core::Date::parse(o.date)) {
        error = "the date \"" + o.date + "\" is not a date (YYYY-MM-DD)";
        return false;
    }
    const std::string date = o.date.empty() ? todayIso() : o.date;

    scene_ = std::make_unique<ExportScene>(data_, o.view, o.layoutUnplaced);
    if (o.pack) {
        buildBoardPack(*scene_, o, date, pages_, outline_);
    } else {
        TitleInfo title;
        title.mapTitle = qs(data_.properties.title);
        title.view = render::viewLabel(o.view);
        title.date = qs(date);
        const PageFormat page = o.page;
        pages_ = mapPages(*scene_, o.team, o, page, title, 1, o.format == Format::Pdf);
    }
    if (o.format == Format::Png) {
        const QSizeF size = pageSize(0);
        const double px = size.width() * o.dpi / 72.0 * size.height() * o.dpi / 72.0;
        if (px > kMaxPixels) {
            const int most =
                static_cast<int>(std::floor(std::sqrt(kMaxPixels / (size.width() * size.height())) * 72));
            error = "the image would be too large at " + std::to_string(o.dpi) + " dpi (" +
                    std::to_string(static_cast<long long>(px / 1e6)) + " million pixels); use --dpi " +
                    std::to_string(std::max(1, most)) + " or less, or a page size (--page A3)";
            pages_.clear();
            return false;
        }
    }
    return true;
}

QSizeF Exporter::pageSize(int page) const {
    return page >= 0 && page < pageCount() ? pages_[static_cast<std::size_t>(page)]->paper() : QSizeF();
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

bool Exporter::writePdf(const std::filesystem::path& temp, std::string& error) {
    QPdfWriter writer(QString::fromStdString(temp.string()));
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
        if (i > 0) {
            writer.setPageSize(QPageSize(pageSize(i), QPageSize::Point, QString(), QPageSize::ExactMatch));
            writer.newPage();
        }
        painter.save();
        painter.scale(kPdfResolution / 72.0, kPdfResolution / 72.0);
        paintPage(painter, i);
        painter.restore();
    }
    if (!painter.end()) {
        error = "the PDF could not be finished";
        return false;
    }
    if (!outline_.empty() && !addPdfOutline(temp, outline_, error))
        return false;
    return true;
}

bool Exporter::writePng(const std::filesystem::path& temp, std::string& error) {
    const QImage image = renderPage(0, options_.dpi, options_.transparent);
    if (!image.save(QString::fromStdString(temp.string()), "PNG")) {
        error = "the PNG could not be written";
        return false;
    }
    return true;
}

bool Exporter::writeSvg(const std::filesystem::path& temp, std::string& error) {
    const QSizeF size = pageSize(0);
    QSvgGenerator svg;
    svg.setFileName(QString::fromStdString(temp.string()));
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
    return true;
}

bool Exporter::write(const std::filesystem::path& path, std::string& error) {
    if (pages_.empty() && !prepare(error))
        return false;
    io::AtomicFile file(path);
    // Create the temporary file (and learn early that the folder cannot be written).
    if (!file.write({})) {
        error = file.error();
        return false;
    }
    bool ok = false;
    switch (options_.format) {
    case Format::Pdf:
        ok = writePdf(file.tempPath(), error);
        break;
    case Format::Png:
        ok = writePng(file.tempPath(), error);
        break;
    case Format::Svg:
        ok = writeSvg(file.tempPath(), error);
        break;
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
