-- AlterTable
ALTER TABLE "Slip" ADD COLUMN     "printedAs" TEXT;
