/** CLI commands of the tracking store and server: {@code server}, {@code runs}, {@code models}, {@code gc}. */
package dev.modelyard.cli.command.tracking;
