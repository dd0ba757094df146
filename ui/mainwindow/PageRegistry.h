#pragma once

#include <QIcon>
#include <QKeySequence>
#include <QList>
#include <QString>

#include <functional>

class QWidget;

namespace pms {

struct AppContext;

/// One screen of the main window. Pages are QWidgets constructed as XPage(AppContext &, QWidget *)
/// and may have the slots refresh() (data changed) and focusSearch() (Ctrl+F); the window calls
/// them by name, so a page without them is fine.
struct PageSpec
{
    QString id;          // stable: "dashboard", "properties", ... (QSettings, tests)
    QString title;       // translated, for the sidebar and the window title
    QString iconPath;    // ":/icons/app-dashboard.svg"
    QKeySequence shortcut;
    std::function<QWidget *(AppContext &, QWidget *)> create;
};

/// The screens the sidebar offers, in order. Adding a screen is one line in PageRegistry.cpp
/// (plus its #include); a screen whose header is not in the tree is simply not listed.
class PageRegistry
{
public:
    static QList<PageSpec> standardPages();

    template<typename Page>
    static PageSpec page(const QString &id, const QString &title, const QString &icon, int key)
    {
        return PageSpec{id, title, QStringLiteral(":/icons/app-%1.svg").arg(icon),
                        key ? QKeySequence(Qt::CTRL | Qt::Key(key)) : QKeySequence(),
                        [](AppContext &ctx, QWidget *parent) -> QWidget * { return new Page(ctx, parent); }};
    }
};

} // namespace pms
