#include "untitled.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace sightline::storage::untitled {

namespace {

QString lockPath(const QString& path) {
    return path + QStringLiteral(".lock");
}

} // namespace

QString directory() {
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/untitled");
}

bool contains(const QString& path) {
    return QFileInfo(path).absoluteDir().absolutePath() == QDir(directory()).absolutePath();
}

QString newPath() {
    QDir dir(directory());
    dir.mkpath(QStringLiteral("."));
    const QString stem = QStringLiteral("untitled-") +
                         QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"));
    QString path = dir.filePath(stem + QStringLiteral(".rmap"));
    for (int n = 2; QFileInfo::exists(path) || QFileInfo::exists(lockPath(path)); ++n)
        path = dir.filePath(stem + QStringLiteral("-%1.rmap").arg(n));
    return path;
}

std::unique_ptr<QLockFile> lock(const QString& path) {
    auto lock = std::make_unique<QLockFile>(lockPath(path));
    lock->setStaleLockTime(0); // stale only when its process is gone
    if (!lock->tryLock(0))
        return nullptr;
    return lock;
}

QStringList recoverable() {
    QDir dir(directory());
    QStringList out;
    const QFileInfoList files =
        dir.entryInfoList({QStringLiteral("*.rmap")}, QDir::Files, QDir::Time | QDir::Reversed);
    for (const QFileInfo& file : files) {
        QLockFile probe(lockPath(file.absoluteFilePath()));
        probe.setStaleLockTime(0);
        if (probe.tryLock(0)) {
            probe.unlock();
            out << file.absoluteFilePath();
        }
    }
    return out;
}

} // namespace sightline::storage::untitled
