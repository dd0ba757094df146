#pragma once

namespace pms {

/// What the main window asks of each screen, checked by the compiler (no calls by name): show the
/// data again after it may have changed, and put the cursor in the screen's search (Ctrl+F).
/// A screen is a QWidget that also derives from AppPage (QWidget first).
class AppPage
{
public:
    virtual ~AppPage() = default;
    /// The data may have changed (a sync ran, the connection switched): show it again.
    virtual void refresh() = 0;
    /// Ctrl+F: focus the screen's search box; screens without one do nothing.
    virtual void focusSearch() {}
};

} // namespace pms
