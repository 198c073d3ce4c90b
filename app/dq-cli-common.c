/* dq-cli-common.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dostyq"

#include "config.h"

#include <glib/gi18n.h>

#include "dq-cli-common.h"

/**
 * dq_cli_load_dataset:
 * @path: (nullable): a dataset file, or %NULL for the bundled dataset
 * @error: the place for an error
 *
 * Returns: (transfer full) (nullable): the dataset
 */
DqDataset *
dq_cli_load_dataset (const char  *path,
                     GError     **error)
{
  g_autoptr(GFile) file = NULL;

  if (path == NULL)
    return dq_dataset_new_bundled (error);

  file = g_file_new_for_commandline_arg (path);

  return dq_dataset_new_from_file (file, error);
}

/**
 * dq_cli_usage_error:
 * @command: the subcommand
 * @message: what is wrong with the command line
 *
 * Returns: the exit status for a usage error
 */
int
dq_cli_usage_error (const char *command,
                    const char *message)
{
  g_printerr ("dostyq %s: %s\n", command, message);
  g_printerr (_("Run “dostyq %s --help” for its options."), command);
  g_printerr ("\n");

  return DQ_EXIT_USAGE_ERROR;
}

/**
 * dq_cli_data_error:
 * @error: what went wrong with the data
 *
 * Returns: the exit status for bad input
 */
int
dq_cli_data_error (const GError *error)
{
  g_printerr ("dostyq: %s\n", error->message);

  return DQ_EXIT_DATA_ERROR;
}
