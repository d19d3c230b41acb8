#include "sightline/storage/rmapfile.h"

#include "fileaccess.h"
#include "sightline/core/validation.h"
#include "statement.h"

#include <QFile>
#include <QTemporaryDir>

namespace sightline::storage {

bool looksLikeSqlite(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    static const QByteArray magic("SQLite format 3\0", 16);
    return file.read(16) == magic;
}

RmapReadResult readRmap(const QString& path) {
    RmapReadResult out;
    try {
        LoadedFile loaded = loadFile(path, true);
        out.map = std::move(loaded.data);
    } catch (const OpenError& e) {
        out.error = e.message();
    }
    return out;
}

RmapReadResult readRmapBytes(const QByteArray& bytes) {
    QTemporaryDir dir;
    if (!dir.isValid())
        return {std::nullopt, QStringLiteral("cannot make a temporary folder to read the map in")};
    const QString path = dir.filePath(QStringLiteral("map.rmap"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.flush())
        return {std::nullopt, QStringLiteral("cannot write %1: %2").arg(path, file.errorString())};
    file.close();
    return readRmap(path);
}

QString writeRmap(const QString& path, const core::MapData& data) {
    const auto issues = core::validate(data, 1);
    if (!issues.empty())
        return QStringLiteral("the map is not valid: %1")
            .arg(QString::fromStdString(issues.front().toString()));
    if (const QString refusal = protectedTargetMessage(path); !refusal.isEmpty())
        return QStringLiteral("cannot write %1: %2").arg(path, refusal);
    const QString temporary = temporaryPathBeside(path);
    try {
        writeNewFile(temporary, data);
        replaceFile(temporary, path);
    } catch (const StorageError& e) {
        removeDatabaseFiles(temporary);
        return QStringLiteral("cannot write %1: %2").arg(path, QString::fromStdString(e.what()));
    }
    return {};
}

} // namespace sightline::storage
