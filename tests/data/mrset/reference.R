# SPDX-License-Identifier: GPL-3.0-or-later
#
# Reference numbers for tests/test-mrset.c, from R's survey package:
#   Rscript reference.R > reference.csv
# Respondents with no response are left out first (as PSPP's MULT RESPONSE
# does), and 9 counts as missing. The share of respondents is svymean() of
# "chose it"; the share of responses svyratio() of "chose it" over the
# number of responses; both on a design with weights only, with 95 %
# intervals of ± qnorm(0.975) standard errors.
suppressMessages(library(survey))
d <- read.csv("mrset.csv")
d[d == 9 & !is.na(d)] <- NA
out <- data.frame()
add <- function(set, category, y, t, w) {
  keep <- t > 0
  frame <- data.frame(y = y[keep], t = t[keep], w = w[keep])
  design <- svydesign(ids = ~1, weights = ~w, data = frame)
  m <- svymean(~y, design)
  r <- svyratio(~y, ~t, design)
  z <- qnorm(0.975)
  p <- coef(m); sp <- SE(m); q <- coef(r); sq <- SE(r)
  out <<- rbind(out, data.frame(set = set, category = category,
                                respondent_percent = 100 * p,
                                respondent_low = 100 * max(0, p - z * sp),
                                respondent_high = 100 * min(1, p + z * sp),
                                response_percent = 100 * q,
                                response_low = 100 * max(0, q - z * sq),
                                response_high = 100 * min(1, q + z * sq)))
}
yes <- sapply(c("speaks_kk", "speaks_ru", "speaks_uz"), function(v) as.numeric(!is.na(d[[v]]) & d[[v]] == 1))
t <- rowSums(yes)
for (v in colnames(yes)) add("langs", v, yes[, v], t, d$w)
cats <- sort(unique(na.omit(c(d$lang1, d$lang2))))
chose <- sapply(cats, function(k) as.numeric((!is.na(d$lang1) & d$lang1 == k) | (!is.na(d$lang2) & d$lang2 == k)))
t <- rowSums(chose)
for (i in seq_along(cats)) add("first", as.character(cats[i]), chose[, i], t, d$w)
write.csv(out, row.names = FALSE, quote = FALSE)
