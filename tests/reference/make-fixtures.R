#!/usr/bin/env Rscript
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Reference numbers for Dostyq's tests of independence and weighted means
# (tests/test-independence.c and tests/test-means.c), computed with R's
# `survey` package and chisq.test.
#
# How they were made: `Rscript make-fixtures.R` in this folder (R 4.2.2,
# survey 4.1.1 and haven from Debian 12's r-cran-* packages). The script
#   1. generates ../data/survey-generated.csv: 600 respondents drawn with
#      set.seed (20261206): a region (1–5), a five-point answer q (1–5, 9 for
#      "don't know", some empty) that depends on the region, sex (1, 2), a
#      rare party (1–4), age, a 0–10 trust scale (some empty) and a weight w
#      (log-normal, a few very large);
#   2. writes independence.csv and means.csv, the numbers the tests compare
#      with, to 15 significant digits, for tables and means of that file
#      and of ../data/sample.sav, a real SPSS file (pyreadstat's, read with
#      haven; see ../data/SOURCE.md).
# Each design is built with weights only, svydesign (ids = ~1, weights = ~w),
# on the respondents the table or mean counts (valid values of both
# variables, 9 in q counted as missing, weight above zero), which is the
# design Dostyq's numbers are defined on.
#
# Pearson: chisq.test (table, correct = FALSE) of the unweighted counts.
# Rao–Scott: svychisq (~row + col, design, statistic = "F").
# Cramér's V: sqrt (X² / (n (min (r, c) − 1))) of the weighted table
#   (svytable (~row + col, design, Ntotal = n)), or of the counts unweighted.
# Expected counts: chisq.test (counts)$expected.
# Means: svyby (~y, ~g, design, svymean) and svymean (~y, design), intervals
#   from confint () (mean ± qnorm (0.975) SE), effective n (Σw)² / Σw².

suppressPackageStartupMessages (library (survey))

set.seed (20261206)
n <- 600
region <- sample (1:5, n, replace = TRUE, prob = c (0.3, 0.25, 0.2, 0.15, 0.1))
sex <- sample (1:2, n, replace = TRUE)
shift <- c (0, 0.3, 0.6, -0.2, 0.9)[region]
q <- pmin (5, pmax (1, round (3 + shift + rnorm (n, 0, 1.2))))
q[runif (n) < 0.05] <- 9
q[runif (n) < 0.03] <- NA
party <- sample (1:4, n, replace = TRUE, prob = c (0.5, 0.35, 0.12, 0.03))
age <- round (runif (n, 18, 85))
trust <- pmin (10, pmax (0, round (5 + 0.8 * (sex - 1.5) + shift + rnorm (n, 0, 2.2))))
trust[runif (n) < 0.04] <- NA
w <- round (exp (rnorm (n, 0, 0.5)), 4)
w[sample (n, 3)] <- c (6.5, 8.25, 11)

data <- data.frame (region, sex, q, party, age, trust, w)
write.csv (data, "../data/survey-generated.csv", row.names = FALSE, na = "", quote = FALSE)

generated <- read.csv ("../data/survey-generated.csv")
generated$q[generated$q %in% 9] <- NA

# A real file: pyreadstat's sample.sav (tests/data/SOURCE.md), read with
# haven, unweighted.
sample <- as.data.frame (haven::zap_labels (haven::read_sav ("../data/sample.sav")))
sample$w <- 1

fmt <- function (x) trimws (formatC (x, digits = 15, format = "g"))

independence <- function (row, col, weighted, data = generated, file = "survey-generated.csv") {
  d <- data[!is.na (data[[row]]) & !is.na (data[[col]]) & data$w > 0, ]
  n <- nrow (d)
  counts <- table (d[[row]], d[[col]])
  pearson <- suppressWarnings (chisq.test (counts, correct = FALSE))
  expected <- pearson$expected
  out <- c (n = n, pearson_chi2 = unname (pearson$statistic),
            pearson_df = unname (pearson$parameter), pearson_p = pearson$p.value,
            n_small_expected = sum (expected < 5), min_expected = min (expected))
  k <- min (dim (counts)) - 1
  if (weighted) {
    design <- svydesign (ids = ~1, weights = ~w, data = d)
    f <- as.formula (paste ("~", row, "+", col))
    scaled <- svytable (f, design, Ntotal = n)
    x2 <- suppressWarnings (chisq.test (scaled, correct = FALSE))$statistic
    rs <- svychisq (f, design, statistic = "F")
    out <- c (out, weighted_chi2 = unname (x2), rao_scott_f = unname (rs$statistic),
              rao_scott_df1 = unname (rs$parameter[1]), rao_scott_df2 = unname (rs$parameter[2]),
              rao_scott_p = unname (rs$p.value), cramers_v = sqrt (unname (x2) / (n * k)))
  } else {
    out <- c (out, cramers_v = sqrt (unname (pearson$statistic) / (n * k)))
  }
  data.frame (file = file, row = row, col = col,
              weight = if (weighted) "w" else "", key = names (out), value = fmt (out))
}

means <- function (y, by, weighted, data = generated, file = "survey-generated.csv") {
  keep <- !is.na (data[[y]]) & data$w > 0
  if (by != "")
    keep <- keep & !is.na (data[[by]])
  d <- data[keep, ]
  if (!weighted)
    d$w <- 1
  design <- svydesign (ids = ~1, weights = ~w, data = d)
  rows <- list ()
  f <- as.formula (paste ("~", y))
  if (by != "") {
    fit <- svyby (f, as.formula (paste ("~", by)), design, svymean)
    ci <- confint (fit)
    for (i in seq_len (nrow (fit))) {
      g <- fit[[by]][i]
      in_g <- d[[by]] == g
      rows[[length (rows) + 1]] <- c (group = as.character (g), mean = coef (fit)[i],
        se = SE (fit)[i], ci_low = ci[i, 1], ci_high = ci[i, 2], n = sum (in_g),
        weighted_n = sum (d$w[in_g]), effective_n = sum (d$w[in_g])^2 / sum (d$w[in_g]^2))
    }
  }
  fit <- svymean (f, design)
  ci <- confint (fit)
  rows[[length (rows) + 1]] <- c (group = "Total", mean = coef (fit)[1], se = SE (fit)[1],
    ci_low = ci[1, 1], ci_high = ci[1, 2], n = nrow (d), weighted_n = sum (d$w),
    effective_n = sum (d$w)^2 / sum (d$w^2))
  do.call (rbind, lapply (rows, function (r) {
    values <- as.numeric (r[-1])
    data.frame (file = file, variable = y, by = by,
                weight = if (weighted) "w" else "", group = r[["group"]],
                key = sub ("\\..*", "", names (r)[-1]), value = fmt (values))
  }))
}

write.csv (rbind (independence ("q", "region", FALSE),
                  independence ("q", "region", TRUE),
                  independence ("party", "sex", TRUE),
                  independence ("sex", "party", FALSE),
                  independence ("party", "region", TRUE),
                  independence ("myord", "mylabl", FALSE, sample, "sample.sav")),
           "independence.csv", row.names = FALSE, quote = FALSE)
write.csv (rbind (means ("trust", "region", TRUE),
                  means ("trust", "region", FALSE),
                  means ("age", "sex", TRUE),
                  means ("trust", "", TRUE),
                  means ("mynum", "mylabl", FALSE, sample, "sample.sav")),
           "means.csv", row.names = FALSE, quote = FALSE)
