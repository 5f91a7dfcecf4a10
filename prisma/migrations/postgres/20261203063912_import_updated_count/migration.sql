-- AlterTable
ALTER TABLE "StatementImport" ADD COLUMN     "updatedCount" INTEGER;
