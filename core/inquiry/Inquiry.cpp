// SPDX-License-Identifier: MIT
#include "core/inquiry/Inquiry.h"

#include "core/JapaneseFormat.h"
#include "core/JsonText.h"
#include "core/application/ApplicationRecord.h"
#include "core/inquiry/InquiryCategories.h"
#include "core/validation/Validators.h"

#include <QUuid>

using namespace Qt::StringLiterals;

namespace vsys::core {

namespace {

const QString kStatusSent = u"sent"_s;
const QString kStatusAnswered = u"answered"_s;

/// A text member that may be missing or null (empty) but, when given, is a string of at most `max` characters.
std::optional<QString> boundedText(const QJsonObject& object, const QString& key, qsizetype max)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull()) {
        return QString();
    }
    if (!value.isString() || value.toString().size() > max) {
        return std::nullopt;
    }
    return value.toString();
}

} // namespace

QJsonObject InquiryJson::toJson(const Inquiry& inquiry)
{
    return QJsonObject{
        {u"id"_s, inquiry.id},
        {u"phone"_s, inquiry.phone},
        {u"category"_s, inquiry.category},
        {u"detail"_s, inquiry.detail},
        {u"body"_s, inquiry.body},
        {u"sent_by"_s, textOrNull(inquiry.sentBy)},
        {u"sent_at"_s, ApplicationJson::timeToJson(inquiry.sentAt)},
        {u"answer"_s, textOrNull(inquiry.answer)},
        {u"answered_at"_s, ApplicationJson::timeToJson(inquiry.answeredAt)},
        {u"status"_s, inquiry.status() == InquiryStatus::Answered ? kStatusAnswered : kStatusSent},
    };
}

Result<Inquiry> InquiryJson::fromJson(const QJsonObject& object)
{
    Inquiry inquiry;
    inquiry.id = object.value(u"id"_s).toString();
    const QUuid uuid = QUuid::fromString(inquiry.id);
    if (uuid.isNull() || uuid.toString(QUuid::WithoutBraces) != inquiry.id) {
        return Error{u"id"_s,
                     tr("id: the inquiry's id must be a lower-case UUID such as "
                        "0f8fad5b-d9cb-469f-a165-70867728950e.")};
    }
    struct Member
    {
        QString key;
        qsizetype max;
        QString* target;
    };
    const Member members[] = {
        {u"phone"_s, Inquiry::kMaxPhoneLength, &inquiry.phone},
        {u"category"_s, InquiryCategories::kMaxKeyLength, &inquiry.category},
        {u"detail"_s, InquiryCategories::kMaxKeyLength, &inquiry.detail},
        {u"body"_s, Inquiry::kMaxBodyLength, &inquiry.body},
        {u"sent_by"_s, 10, &inquiry.sentBy},
        {u"answer"_s, Inquiry::kMaxAnswerLength, &inquiry.answer},
    };
    for (const Member& member : members) {
        const auto text = boundedText(object, member.key, member.max);
        if (!text) {
            return Error{
                member.key,
                tr("%1: give text of at most %2 characters.").arg(member.key, JapaneseFormat::number(member.max))};
        }
        *member.target = *text;
    }
    inquiry.sentAt = ApplicationJson::timeFromJson(object.value(u"sent_at"_s));
    inquiry.answeredAt = ApplicationJson::timeFromJson(object.value(u"answered_at"_s));
    return inquiry;
}

QList<Error> InquiryValidator::check(Inquiry& inquiry)
{
    QList<Error> errors;
    const ValidationResult phone = PhoneNumber::validate(inquiry.phone, tr("Telephone number"));
    if (phone.acceptable()) {
        inquiry.phone = phone.normalized;
    } else {
        errors.append(Error{u"phone"_s, phone.message});
    }
    const InquiryCategory* category = InquiryCategories::builtIn().find(inquiry.category);
    if (!category) {
        errors.append(Error{u"category"_s, tr("Inquiry category: choose one from the list.")});
    } else if (!category->find(inquiry.detail)) {
        errors.append(Error{u"detail"_s, tr("Inquiry detail: choose one from the list of the chosen category.")});
    }
    inquiry.body = inquiry.body.trimmed();
    if (inquiry.body.isEmpty()) {
        errors.append(Error{u"body"_s, tr("Content: write what you would like to ask.")});
    } else if (inquiry.body.size() > Inquiry::kMaxBodyLength) {
        errors.append(Error{
            u"body"_s,
            tr("Content: write at most %1 characters (now %2).")
                .arg(JapaneseFormat::number(Inquiry::kMaxBodyLength), JapaneseFormat::number(inquiry.body.size()))});
    }
    return errors;
}

std::optional<Error> InquiryValidator::checkAnswer(QString& answer)
{
    answer = answer.trimmed();
    if (answer.isEmpty()) {
        return Error{u"answer"_s, tr("Answer: write the answer to send.")};
    }
    if (answer.size() > Inquiry::kMaxAnswerLength) {
        return Error{
            u"answer"_s,
            tr("Answer: write at most %1 characters (now %2).")
                .arg(JapaneseFormat::number(Inquiry::kMaxAnswerLength), JapaneseFormat::number(answer.size()))};
    }
    return std::nullopt;
}

} // namespace vsys::core
