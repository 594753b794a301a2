// SPDX-License-Identifier: MIT
#include "app/common/MessageBanner.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace vsys::app {

MessageBanner::MessageBanner(QWidget* parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
    , m_buttons(new QHBoxLayout)
{
    setObjectName(u"messageBanner"_s);
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->addWidget(m_label, 1);
    layout->addLayout(m_buttons);
    hide();
}

void MessageBanner::showMessage(const QString& text, Kind kind, const QList<QAction*>& actions)
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
    setStyleSheet(u"QFrame#messageBanner { background: %1; border: 1px solid %2; border-radius: 3px; }"
                  u"QFrame#messageBanner QLabel { color: #1a1a1a; }"_s.arg(QString::fromUtf16(colours.background),
                                                                           QString::fromUtf16(colours.border)));
    m_label->setText(text);
    setAccessibleName(text);
    removeButtons();
    m_actions = actions;
    for (QAction* action : actions) {
        auto* button = new QPushButton(action->text(), this);
        button->setEnabled(action->isEnabled());
        // The banner is never the default button's home: Enter in a field must not run its action.
        button->setAutoDefault(false);
        connect(button, &QPushButton::clicked, action, &QAction::trigger);
        m_buttons->addWidget(button);
    }
    show();
}

void MessageBanner::clear()
{
    hide();
    m_label->clear();
    setAccessibleName({});
    removeButtons();
    m_actions.clear();
}

QString MessageBanner::text() const
{
    return m_label->text();
}

void MessageBanner::removeButtons()
{
    while (QLayoutItem* item = m_buttons->takeAt(0)) {
        delete item->widget();
        delete item;
    }
}

} // namespace vsys::app
