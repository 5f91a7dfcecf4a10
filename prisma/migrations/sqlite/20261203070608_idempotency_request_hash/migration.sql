-- AlterTable
ALTER TABLE "IdempotencyKey" ADD COLUMN "requestHash" TEXT;
