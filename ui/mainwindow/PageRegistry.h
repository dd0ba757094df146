#pragma once

#include <QIcon>
#include <QKeySequence>
#include <QList>
#include <QString>

#include "ui/common/AppPage.h"

#include <QWidget>

#include <functional>
#include <type_traits>

namespace pms {

struct AppContext;

/// A screen just made: the widget the window shows and what the window asks of it.
struct PageHandle
{
    QWidget *widget = nullptr;
    AppPage *page = nullptr;
};

/// One screen of the main window. Pages are QWidgets and AppPages, constructed as
/// XPage(AppContext &, QWidget *); the window calls refresh() (data changed) and focusSearch()
/// (Ctrl+F) through AppPage.
struct PageSpec
{
    QString id;          // stable: "dashboard", "properties", ... (QSettings, tests)
    QString title;       // translated, for the sidebar and the window title
    QString iconPath;    // ":/icons/app-dashboard.svg"
    QKeySequence shortcut;
    std::function<PageHandle(AppContext &, QWidget *)> create;
};

/// The screens the sidebar offers, in order. Adding a screen is one line in PageRegistry.cpp
/// (plus its #include); a screen whose header is not in the tree is simply not listed.
class PageRegistry
{
public:
    static QList<PageSpec> standardPages();

    template<typename P>
    static PageSpec page(const QString &id, const QString &title, const QString &icon, int key)
    {
        static_assert(std::is_base_of_v<QWidget, P> && std::is_base_of_v<AppPage, P>,
                      "a screen is a QWidget and an AppPage");
        return PageSpec{id, title, QStringLiteral(":/icons/app-%1.svg").arg(icon),
                        key ? QKeySequence(Qt::CTRL | Qt::Key(key)) : QKeySequence(),
                        [](AppContext &ctx, QWidget *parent) {
                            auto *p = new P(ctx, parent);
                            return PageHandle{p, p};
                        }};
    }
};

} // namespace pms
