// SPDX-License-Identifier: MIT
// FormBody: an application/x-www-form-urlencoded body, read with the bounded RequestBody reader.
#pragma once

#include <QHash>
#include <QString>

#include <httplib.h>
#include <optional>

namespace vsys::server {

/// The fields of a posted form. Only the first value of a repeated name counts; a body over kMaxBody, with
/// more than kMaxFields fields or that is not UTF-8 is refused as a whole.
class FormBody
{
public:
    static constexpr qsizetype kMaxBody = 32 * 1024;
    static constexpr int kMaxFields = 100;

    /// Reads the body; on failure answers the Japanese error page (413, 415 or 400; the connection
    /// closed when bytes were left unread) into `response` and returns nothing.
    static std::optional<FormBody>
    read(const httplib::Request& request, const httplib::ContentReader& reader, httplib::Response& response);
    /// Parses `body` (also for tests); nothing when it breaks the limits above.
    static std::optional<FormBody> parse(const QByteArray& body);

    /// The field's value, trimmed of nothing (validators normalise); empty when absent.
    QString value(const QString& name) const { return m_fields.value(name); }
    bool has(const QString& name) const { return m_fields.contains(name); }
    const QHash<QString, QString>& fields() const { return m_fields; }

private:
    QHash<QString, QString> m_fields;
};

} // namespace vsys::server
