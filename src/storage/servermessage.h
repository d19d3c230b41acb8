#pragma once

#include <QSqlError>
#include <QString>

namespace sightline::storage {

// The server's own words from a QPSQL error, without libpq's "ERROR:" and QPSQL's "(SQLSTATE)".
inline QString serverMessage(const QSqlError& e) {
    QString text = e.databaseText().trimmed();
    const qsizetype newline = text.lastIndexOf(QLatin1Char('\n'));
    if (newline > 0 && text.mid(newline + 1).startsWith(QLatin1Char('(')))
        text = text.left(newline).trimmed();
    for (const char* prefix : {"ERROR:", "FATAL:"})
        if (text.startsWith(QLatin1String(prefix)))
            text = text.mid(static_cast<qsizetype>(qstrlen(prefix))).trimmed();
    return text.isEmpty() ? e.text() : text;
}

} // namespace sightline::storage
