// SPDX-License-Identifier: MIT
// What a venue's V-SYS ID is for. A 職域追加接種 application may end 確認済み with a new ID issued for the
// 追加接種 (新規IDの発行); the ID the venue used until then stays its 1・2回目 ID. Without a new ID the venue
// keeps one ID for both (briefing: 「V-SYS IDが新規発行されなかった場合は、1・2回目接種と同じIDとなります」).
#pragma once

#include "core/application/ApplicationRecord.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace vsys::core {

enum class VsysIdUse {
    Both, ///< no ID was issued for the 追加接種: the one ID serves both
    FirstAndSecondDoses, ///< 1・2回目用: another ID of the venue was issued for the 追加接種
    AdditionalDoses, ///< 追加接種用: issued with a 確認済み application
};

class VsysIdUses
{
    Q_DECLARE_TR_FUNCTIONS(VsysIdUses)
public:
    /// `vsysId`'s use, told by its venue's applications (any of its IDs may hold them).
    static VsysIdUse of(const QString& vsysId, const QList<ApplicationRecord>& venueApplications);
    /// 1・2回目用 or 追加接種用; empty for an ID that serves both, which needs no tag.
    static QString label(VsysIdUse use);
};

} // namespace vsys::core
