// SPDX-License-Identifier: MIT
#include "app/common/MessageBanner.h"

using namespace Qt::StringLiterals;

namespace vsys::app {

MessageBanner::MessageBanner(QWidget* parent)
    : QLabel(parent)
{
    setWordWrap(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setMargin(6);
    hide();
}

void MessageBanner::showMessage(const QString& text, Kind kind)
{
    // Text carries the meaning; the colour only supports it (never colour alone).
    static constexpr struct
    {
        const char16_t* background;
        const char16_t* border;
    } kColours[]
        = {{u"#e8f1fb", u"#7aa7d9"}, {u"#e9f6ec", u"#6fb382"}, {u"#fff6e0", u"#d9a441"}, {u"#fdecea", u"#d66b63"}};
    const auto& colours = kColours[int(kind)];
    m_kind = kind;
    setStyleSheet(u"QLabel { background: %1; border: 1px solid %2; border-radius: 3px; color: #1a1a1a; }"_s.arg(
        QString::fromUtf16(colours.background), QString::fromUtf16(colours.border)));
    setText(text);
    setAccessibleName(text);
    show();
}

} // namespace vsys::app
