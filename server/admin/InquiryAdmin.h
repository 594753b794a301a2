// SPDX-License-Identifier: MIT
// InquiryAdmin: vsysdesk-admin's commands for the support desk's 問い合わせ: list-inquiries, show-inquiry,
// answer-inquiry. AdminTool registers them; they work on the database through InquiryService.
#pragma once

#include "server/admin/AdminCommand.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

class QCommandLineParser;
class QTextStream;

namespace vsys::server {

class Storage;

class InquiryAdmin
{
    Q_DECLARE_TR_FUNCTIONS(InquiryAdmin)
public:
    /// An answer file is read up to this many bytes: 4,000 characters of Japanese are 12,000 bytes in UTF-8,
    /// so a longer file is refused without reading it whole.
    static constexpr qint64 kMaxAnswerFileBytes = 64 * 1024;

    using Refusal = admin::Refusal;
    using Outcome = std::optional<Refusal>;

    /// The options only these commands read (--venue and --page are AdminTool's).
    static QList<QCommandLineOption> options();
    /// The commands' lines for vsysdesk-admin --help.
    static QString summary();

    /// list-inquiries [--unanswered] [--venue UUID] [--page N]: JSON, oldest first.
    static Outcome list(const QCommandLineParser& parser, Storage& storage, QTextStream& out);
    /// show-inquiry ID: the inquiry with its venue and answer, as JSON.
    static Outcome show(const QCommandLineParser& parser, Storage& storage, QTextStream& out);
    /// answer-inquiry ID (--text T | --file F) [--replace], given at `now`.
    static Outcome answer(const QCommandLineParser& parser, Storage& storage, QTextStream& out, const QDateTime& now);
};

} // namespace vsys::server
