#pragma once

#include "storage/TableSpec.h"

namespace pms {

/// The read-only tables the data screens page through. Column keys follow the CSV export names
/// of PRODUCT.md where a column is in both (so a screen's CSV and `pmsbridge export` agree).
class TableSpecs
{
public:
    static TableSpec workOrders();
    static TableSpec properties();
    static TableSpec units();        // filter on "property_id" for one property's units
    static TableSpec propertyLog();  // filter on "property_id"
    static TableSpec residents();
    static TableSpec leases();
    static TableSpec syncRuns();
    static TableSpec syncExclusions(); // filter on "run_id" for one run
    static TableSpec owners();         // not per connection (R21)
    static TableSpec vendors();        // "service providers" on screen; not per connection (R21)
};

} // namespace pms
