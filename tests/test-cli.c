/* test-cli.c
 *
 * The command line: version, help, errors; all without a display.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib.h>

#include "dq-test-util.h"

static const char *
dostyq (void)
{
  const char *path = g_getenv ("DOSTYQ_BIN");

  g_assert_nonnull (path);

  return path;
}

static void
test_cli_version (void)
{
  g_auto(DqTestRun) run = { 0 };

  dq_test_spawn (&run, dostyq (), "--version", NULL);

  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, "dostyq " PACKAGE_VERSION "\n");
}

static void
test_cli_help (void)
{
  g_auto(DqTestRun) run = { 0 };

  dq_test_spawn (&run, dostyq (), "--help", NULL);

  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "--dataset"));
  g_assert_nonnull (strstr (run.out, "--version"));
  g_assert_nonnull (strstr (run.out, "Commands:"));
}

static void
test_cli_unknown_command (void)
{
  g_auto(DqTestRun) run = { 0 };

  dq_test_spawn (&run, dostyq (), "frobnicate", NULL);

  g_assert_cmpint (run.status, ==, 2);
  g_assert_cmpstr (run.out, ==, "");
  g_assert_nonnull (strstr (run.err, "unknown command “frobnicate”"));
}

static void
test_cli_unknown_option (void)
{
  g_auto(DqTestRun) run = { 0 };

  dq_test_spawn (&run, dostyq (), "--no-such-option", NULL);

  g_assert_cmpint (run.status, !=, 0);
  g_assert_nonnull (strstr (run.err, "--no-such-option"));
}

static void
test_cli_help_translated (void)
{
  g_auto(DqTestRun) run = { 0 };

  if (!g_file_test (LOCALEDIR "/ru/LC_MESSAGES/dostyq.mo", G_FILE_TEST_EXISTS))
    {
      g_test_skip ("translations are not installed; run meson install first");
      return;
    }

  g_setenv ("LANGUAGE", "ru", TRUE);
  dq_test_spawn (&run, dostyq (), "--help", NULL);
  g_unsetenv ("LANGUAGE");

  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "Команды:"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/Dostyq/Cli/Main/version", test_cli_version);
  g_test_add_func ("/Dostyq/Cli/Main/help", test_cli_help);
  g_test_add_func ("/Dostyq/Cli/Main/help-translated", test_cli_help_translated);
  g_test_add_func ("/Dostyq/Cli/Main/unknown-command", test_cli_unknown_command);
  g_test_add_func ("/Dostyq/Cli/Main/unknown-option", test_cli_unknown_option);

  return g_test_run ();
}
