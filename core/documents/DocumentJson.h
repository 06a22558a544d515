#pragma once

// Internal helpers of the documents' draft formats (MinutesData, AnnouncementData).

#include "util/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>
#include <QTimeZone>

namespace sw::documents::json {

inline QJsonValue date(QDate value)
{
    return value.isValid() ? QJsonValue(value.toString(Qt::ISODate)) : QJsonValue();
}

inline QDate date(const QJsonValue &value)
{
    return value.isString() ? QDate::fromString(value.toString(), Qt::ISODate) : QDate();
}

inline QJsonValue moment(const QDateTime &value)
{
    return value.isValid() ? QJsonValue(value.toUTC().toString(Qt::ISODate)) : QJsonValue();
}

inline QDateTime moment(const QJsonValue &value)
{
    if (!value.isString())
        return {};
    return QDateTime::fromString(value.toString(), Qt::ISODate).toUTC();
}

inline QJsonArray strings(const QStringList &values)
{
    return QJsonArray::fromStringList(values);
}

inline QStringList strings(const QJsonValue &value)
{
    QStringList values;
    for (const QJsonValue &item : value.toArray())
        values << item.toString();
    return values;
}

template<typename T, typename F>
QJsonArray array(const QList<T> &values, F toJsonFn)
{
    QJsonArray items;
    for (const T &value : values)
        items.append(toJsonFn(value));
    return items;
}

template<typename T, typename F>
QList<T> list(const QJsonValue &value, F fromJsonFn)
{
    QList<T> items;
    for (const QJsonValue &item : value.toArray())
        items.append(fromJsonFn(item.toObject()));
    return items;
}

// Checks the format name and version of a draft; a newer version is refused rather than misread.
inline Result<void> checkFormat(const QJsonObject &object, const QString &format, int supportedVersion)
{
    if (object.value(QLatin1String("format")).toString() != format)
        return Error::make(QCoreApplication::translate("Documents", "This is not a %1 draft.").arg(format),
                           {}, Error::Kind::InvalidInput);
    const int version = object.value(QLatin1String("version")).toInt(0);
    if (version < 1 || version > supportedVersion)
        return Error::make(
            QCoreApplication::translate(
                "Documents", "The draft has format version %1; this SignWatch reads versions up to %2.")
                .arg(version)
                .arg(supportedVersion),
            {}, Error::Kind::InvalidInput);
    return {};
}

} // namespace sw::documents::json
