#include "Logging.h"

Q_LOGGING_CATEGORY(lcDb, "pmsbridge.db", QtInfoMsg)
Q_LOGGING_CATEGORY(lcNet, "pmsbridge.net", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSync, "pmsbridge.sync", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSim, "pmsbridge.sim", QtWarningMsg)
Q_LOGGING_CATEGORY(lcCsv, "pmsbridge.csv", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUi, "pmsbridge.ui", QtInfoMsg)
Q_LOGGING_CATEGORY(lcApp, "pmsbridge.app", QtInfoMsg)
