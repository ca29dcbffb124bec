// SPDX-License-Identifier: GPL-3.0-or-later
#include "DomainTest.h"

#include <QTest>

QTEST_GUILESS_MAIN(DomainTest)
