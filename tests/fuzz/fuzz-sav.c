/* fuzz-sav.c
 *
 * libFuzzer target: arbitrary bytes through the SPSS reader (ReadStat), as
 * a .sav file.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "fuzz-readstat.h"

int LLVMFuzzerTestOneInput (const guint8 *data,
                            size_t        size);

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  fuzz_readstat_one (data, size, ".sav");

  return 0;
}
