/** An image of the media library as the media dialog shows and inserts it. */
export type PickerImage = {
  id: string;
  src: string;
  srcSet?: string;
  alt: string;
  name: string;
};
