// SPDX-License-Identifier: MIT
// IdempotentAction: one transaction per attempt; a second attempt only after losing the race for the key.
#include "server/http/IdempotentAction.h"

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

} // namespace vsys::server
