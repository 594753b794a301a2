// SPDX-License-Identifier: MIT
// Inquiry // 問い合わせ: what a venue asks the support desk through the 問い合わせフォーム (電話番号, お問い合わせ分類,
// お問い合わせ詳細, 内容), and the desk's answer, as the server keeps it.
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace vsys::core {

/// Where an inquiry stands, as the page shows it.
enum class InquiryStatus {
    Waiting, ///< 送信待ち: queued on this computer, the server does not have it yet
    Sent, ///< 送信済み: the server has it, no answer yet
    Answered, ///< 回答済み
};

struct Inquiry
{
    /// 内容 and the answer: a question of a page or two of text; longer is pasted logs, not a question.
    static constexpr qsizetype kMaxBodyLength = 4000;
    static constexpr qsizetype kMaxAnswerLength = 4000;
    /// Typed form of a phone number (全角, hyphens): the validator brings it down to 10 or 11 digits.
    static constexpr qsizetype kMaxPhoneLength = 20;

    QString id; ///< made by the client (lower-case UUID), so a resend cannot make a second inquiry
    QString phone; ///< 電話番号 to call back, digits only once validated
    QString category; ///< InquiryCategories key (お問い合わせ分類)
    QString detail; ///< the category's detail key (お問い合わせ詳細)
    QString body; ///< 内容
    QString sentBy; ///< the V-SYS ID that sent it, set by the server
    QDateTime sentAt; ///< UTC, set by the server
    QString answer; ///< the support desk's answer; empty while there is none
    QDateTime answeredAt; ///< UTC, when the (latest) answer was given

    /// Sent or Answered by what the record holds; Waiting is the client's (a record not on the server).
    InquiryStatus status() const { return answer.isEmpty() ? InquiryStatus::Sent : InquiryStatus::Answered; }

    bool operator==(const Inquiry&) const = default;
};

/// The wire form of docs/api.md "問い合わせ": {"id","phone","category","detail","body","sent_by","sent_at",
/// "answer","answered_at","status"}.
class InquiryJson
{
    Q_DECLARE_TR_FUNCTIONS(InquiryJson)
public:
    static QJsonObject toJson(const Inquiry& inquiry);
    /// Reads what a client sends or the server answers: the id a lower-case UUID, every text a string within
    /// its bound; errors name the field. The rules of the form are InquiryValidator's. sent_by, sent_at,
    /// answer and answered_at are read when present (the server ignores them and keeps its own).
    static Result<Inquiry> fromJson(const QJsonObject& object);
};

/// The rules of the 問い合わせフォーム, the same in the app and on the server.
class InquiryValidator
{
    Q_DECLARE_TR_FUNCTIONS(InquiryValidator)
public:
    /// Every broken rule, in the form's order, each naming its field; empty when the inquiry may be sent.
    /// Brings the phone number to its digits and trims 内容.
    static QList<Error> check(Inquiry& inquiry);
    /// The support desk's answer: not empty, at most Inquiry::kMaxAnswerLength characters. Trims it.
    static std::optional<Error> checkAnswer(QString& answer);
};

} // namespace vsys::core
