// SPDX-License-Identifier: MIT
// InquiryAdmin: the commands print JSON on stdout like the rest of vsysdesk-admin; the answer is checked by
// core::InquiryValidator in InquiryService, so the admin tool and the database hold the same bound.
#include "server/admin/InquiryAdmin.h"

#include "core/inquiry/InquiryCategories.h"
#include "server/admin/AdminTool.h"
#include "server/service/InquiryService.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace vsys::server {

namespace {

using admin::printJson;
using admin::refused;
using admin::usage;

/// The inquiry as the API gives it, with what only the support desk sees: the venue, its number, the
/// category's names and how often it was answered.
QJsonObject adminJson(const StoredInquiry& stored)
{
    QJsonObject object = core::InquiryJson::toJson(stored.inquiry);
    object.insert(u"venue_id"_s, stored.venueId);
    object.insert(u"number"_s, stored.number);
    object.insert(u"answers"_s, stored.answers);
    object.insert(u"label"_s, core::InquiryCategories::builtIn().label(stored.inquiry.category, stored.inquiry.detail));
    return object;
}

std::optional<QString> inquiryId(const QCommandLineParser& parser)
{
    if (parser.positionalArguments().size() != 2) {
        return std::nullopt;
    }
    return parser.positionalArguments().at(1);
}

} // namespace

QList<QCommandLineOption> InquiryAdmin::options()
{
    return {
        {u"unanswered"_s, tr("list-inquiries: only the inquiries without an answer.")},
        {u"text"_s, tr("answer-inquiry: the answer."), u"TEXT"_s},
        {u"file"_s, tr("answer-inquiry: read the answer from this UTF-8 text file."), u"FILE"_s},
        {u"replace"_s, tr("answer-inquiry: replace the answer of an inquiry answered already.")},
    };
}

QString InquiryAdmin::summary()
{
    return tr("Inquiries (問い合わせ; ID is the inquiry's id):\n"
              "  list-inquiries [--unanswered] [--venue UUID] [--page N]\n"
              "  show-inquiry ID\n"
              "  answer-inquiry ID (--text TEXT | --file FILE) [--replace]\n");
}

InquiryAdmin::Outcome InquiryAdmin::list(const QCommandLineParser& parser, Storage& storage, QTextStream& out)
{
    int page = 1;
    if (parser.isSet(u"page"_s)) {
        bool ok = false;
        page = parser.value(u"page"_s).toInt(&ok);
        if (!ok) {
            return usage(tr("--page: give a page number, 1 for the oldest inquiries."));
        }
    }
    const auto listing
        = InquiryService(storage).listForAdmin(parser.value(u"venue"_s), parser.isSet(u"unanswered"_s), page);
    if (!listing) {
        return refused(listing.error());
    }
    QJsonArray inquiries;
    for (const StoredInquiry& stored : listing->inquiries) {
        inquiries.append(adminJson(stored));
    }
    printJson(out, {{u"inquiries"_s, inquiries}, {u"page"_s, listing->page}, {u"pages"_s, listing->pages}});
    return std::nullopt;
}

InquiryAdmin::Outcome InquiryAdmin::show(const QCommandLineParser& parser, Storage& storage, QTextStream& out)
{
    const auto id = inquiryId(parser);
    if (!id) {
        return usage(tr("show-inquiry: give the inquiry's id."));
    }
    const auto found = InquiryService(storage).findForAdmin(*id);
    if (!found) {
        return refused(found.error());
    }
    printJson(out, adminJson(*found));
    return std::nullopt;
}

InquiryAdmin::Outcome
InquiryAdmin::answer(const QCommandLineParser& parser, Storage& storage, QTextStream& out, const QDateTime& now)
{
    const auto id = inquiryId(parser);
    if (!id) {
        return usage(tr("answer-inquiry: give the inquiry's id."));
    }
    if (parser.isSet(u"text"_s) == parser.isSet(u"file"_s)) {
        return usage(tr("answer-inquiry: give the answer with either --text or --file."));
    }
    QString text = parser.value(u"text"_s);
    if (parser.isSet(u"file"_s)) {
        QFile file(parser.value(u"file"_s));
        if (!file.open(QIODevice::ReadOnly)) {
            return Refusal{AdminTool::Failed, tr("Could not read %1: %2").arg(file.fileName(), file.errorString())};
        }
        const QByteArray bytes = file.read(kMaxAnswerFileBytes + 1);
        if (bytes.size() > kMaxAnswerFileBytes) {
            return Refusal{AdminTool::Failed,
                           tr("%1: the answer file is larger than %2 KB; an answer has at most %3 characters.")
                               .arg(file.fileName())
                               .arg(kMaxAnswerFileBytes / 1024)
                               .arg(core::Inquiry::kMaxAnswerLength)};
        }
        text = QString::fromUtf8(bytes);
    }
    const auto answered = InquiryService(storage).answer(*id, text, parser.isSet(u"replace"_s), now);
    if (!answered) {
        return refused(answered.error());
    }
    printJson(out, adminJson(*answered));
    return std::nullopt;
}

} // namespace vsys::server
