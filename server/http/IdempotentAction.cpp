// SPDX-License-Identifier: MIT
// IdempotentAction: one transaction per attempt; a second attempt only after losing the race for the key.
#include "server/http/IdempotentAction.h"

#include "server/http/ApiReply.h"
#include "server/storage/SqlTransaction.h"
#include "server/storage/Storage.h"

#include <QDateTime>

namespace vsys::server {

IdempotentAction::IdempotentAction(Storage& storage)
    : m_storage(storage)
{}

std::optional<StoredResponse> IdempotentAction::run(const IdempotencyKey& key, const Action& action)
{
    IdempotencyRepository answers(m_storage);
    for (int attempt = 0; attempt < 2; ++attempt) {
        SqlTransaction transaction(m_storage);
        if (!transaction.begin()) {
            return std::nullopt;
        }
        const auto stored = answers.find(key);
        if (!stored) {
            return std::nullopt;
        }
        if (*stored) {
            (void)transaction.commit();
            return *stored;
        }
        const auto answer = action();
        if (!answer) {
            return std::nullopt;
        }
        if (answers.store(key, *answer, QDateTime::currentDateTimeUtc()) && transaction.commit()) {
            return answer;
        }
    }
    return std::nullopt;
}

void IdempotentAction::answer(const IdempotencyKey& key,
                              httplib::Response& response,
                              const std::function<Outcome<QJsonObject>()>& call,
                              int successStatus)
{
    const auto answer = run(key, [&call, successStatus]() -> std::optional<StoredResponse> {
        const auto outcome = call();
        if (outcome) {
            return StoredResponse{successStatus, ApiReply::json(*outcome)};
        }
        if (outcome.error().code() == core::ErrorCode::Storage) {
            return std::nullopt;
        }
        const auto [status, body] = ApiReply::failureBody(outcome.error());
        return StoredResponse{status, body};
    });
    if (!answer) {
        ApiReply::error(response, ApiErrorCode::Internal);
        return;
    }
    ApiReply::send(response, answer->status, answer->body);
}

} // namespace vsys::server
